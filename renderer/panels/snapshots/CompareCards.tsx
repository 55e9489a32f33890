import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardComparison, CardPlace, ChangedCard, MovedCard } from '../../../src/compare/compareCards';

const rowProps = (): HTMLAttributes<HTMLElement> => ({ 'data-testid': 'compare-row' }) as HTMLAttributes<HTMLElement>;

function Section<T extends object>({ title, testId, rows, columns, rowKey }: { title: string; testId: string; rows: T[]; columns: ColumnsType<T>; rowKey: (row: T) => string }) {
  const { t } = useTranslation('compare');
  return (
    <section data-testid={testId} data-count={rows.length}>
      <Typography.Title level={5}>
        {title} ({rows.length})
      </Typography.Title>
      <Table<T> size="small" pagination={false} rowKey={rowKey} dataSource={rows} columns={columns} onRow={rowProps} locale={{ emptyText: t('cards.none') }} />
    </section>
  );
}

const where = (place: CardPlace): string => `${place.stageName} · ${place.laneName}`;

/** The cards tab: tables of the cards added, removed, moved and changed. */
export function CompareCards({ cards }: { cards: CardComparison }) {
  const { t } = useTranslation('compare');
  const placeColumns: ColumnsType<CardPlace> = [
    { key: 'card', title: t('cards.card'), dataIndex: 'title', ellipsis: true },
    { key: 'stage', title: t('cards.stage'), dataIndex: 'stageName', width: 180 },
    { key: 'lane', title: t('cards.lane'), dataIndex: 'laneName', width: 180 },
  ];
  const movedColumns: ColumnsType<MovedCard> = [
    { key: 'card', title: t('cards.card'), render: (_, m) => m.after.title, ellipsis: true },
    { key: 'from', title: t('cards.from'), render: (_, m) => where(m.before) },
    { key: 'to', title: t('cards.to'), render: (_, m) => where(m.after) },
  ];
  const changedColumns: ColumnsType<ChangedCard> = [
    {
      key: 'card',
      title: t('cards.card'),
      render: (_, c) =>
        c.before.title === c.after.title ? (
          c.after.title
        ) : (
          <>
            <Typography.Text delete type="secondary">
              {c.before.title}
            </Typography.Text>{' '}
            → {c.after.title}
          </>
        ),
    },
    { key: 'where', title: t('cards.stage'), render: (_, c) => where(c.after), width: 240 },
    { key: 'fields', title: t('cards.fields'), render: (_, c) => c.fields.map((field) => t(`fields.${field}`)).join(', ') },
  ];
  return (
    <div className="jc-compare__cards">
      <Section title={t('cards.added')} testId="compare-added" rows={cards.added} columns={placeColumns} rowKey={(c) => c.cardId} />
      <Section title={t('cards.removed')} testId="compare-removed" rows={cards.removed} columns={placeColumns} rowKey={(c) => c.cardId} />
      <Section title={t('cards.moved')} testId="compare-moved" rows={cards.moved} columns={movedColumns} rowKey={(m) => m.before.cardId} />
      <Section title={t('cards.changed')} testId="compare-changed" rows={cards.changed} columns={changedColumns} rowKey={(c) => c.before.cardId} />
    </div>
  );
}
