import { Button, Divider, Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EVIDENCE_SOURCE_SUGGESTIONS } from '../../../src/schema/annotations';
import type { Effort, EvidenceLevel, Frequency, PainStatus } from '../../../src/model/annotations';
import type { Card, JourneyMap } from '../../../src/model/journey';
import { cardsAddressing, stagesCovered } from '../../../src/painPoints/links';
import { priorityOf, rankScores } from '../../../src/painPoints/priority';
import { collectPainPoints } from '../../../src/painPoints/collect';
import { currentLanguage } from '../../i18n';
import { useViewStore } from '../../store/viewStore';
import { CommitNumber } from '../inspector/fields/CommitNumber';
import { CommitText } from '../inspector/fields/CommitText';
import { Field } from '../inspector/fields/Field';
import { CommitAutoComplete } from './CommitAutoComplete';
import { formatTimestamp, usePainOptions } from './painLabels';
import { editPain } from './painEdits';
import { PriorityScore } from './PriorityScore';
import { SeverityLabel } from './SeverityTag';

/** Lane types whose cards a pain point can be "about". */
const ABOUT_LANE_TYPES = new Set(['touchpoints', 'channels', 'actions', 'frontstage', 'backstage', 'support']);

/** Links that select other cards on the canvas (opportunities addressing a pain point, and back). */
export function CardLinks({ cards, testId }: { cards: Card[]; testId: string }) {
  const { t } = useTranslation('pain');
  if (cards.length === 0) return <Typography.Text type="secondary">{t('section.noneYet')}</Typography.Text>;
  return (
    <Flex vertical align="flex-start" data-testid={testId}>
      {cards.map((card) => (
        <Button
          key={card.id}
          type="link"
          size="small"
          style={{ paddingInline: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
          aria-label={t('section.open', { title: card.title })}
          onClick={() => useViewStore.getState().requestFocus({ kind: 'card', id: card.id })}
        >
          {card.title || '…'}
        </Button>
      ))}
    </Flex>
  );
}

function AboutSelect({ card, map }: { card: Card; map: JourneyMap }) {
  const { t } = useTranslation('pain');
  const groups = map.lanes
    .filter((lane) => ABOUT_LANE_TYPES.has(lane.type))
    .map((lane) => ({
      label: lane.name,
      title: lane.name,
      options: Object.values(map.cards)
        .filter((c) => c.laneId === lane.id && c.id !== card.id)
        .map((c) => ({ value: c.id, label: `${c.title || '…'} · ${stagesCovered(map, c)[0]?.name ?? ''}` })),
    }))
    .filter((group) => group.options.length > 0);
  return (
    <Select
      id="pain-about"
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('placeholders.about')}
      value={card.pain?.aboutCardId ?? null}
      options={groups}
      onChange={(aboutCardId: string | undefined) => editPain(card, { aboutCardId: aboutCardId ?? null })}
    />
  );
}

/** Every pain-point field of a card of a pain-points lane, its priority and the opportunities addressing it. */
export function PainFields({ card, map }: { card: Card; map: JourneyMap }) {
  const { t } = useTranslation('pain');
  const options = usePainOptions();
  const pain = card.pain ?? {};
  const priority = priorityOf(card.pain);
  const rows = collectPainPoints(map);
  const rank = rankScores(rows.map((r) => r.priority.score))[rows.findIndex((r) => r.card.id === card.id)] ?? null;
  const tagOptions = [...new Set(rows.flatMap((r) => r.pain.tags ?? []))].map((tag) => ({ value: tag, label: tag }));
  const language = currentLanguage();
  return (
    <section data-testid="pain-fields">
      <Divider titlePlacement="start" plain>
        {t('section.painPoint')}
      </Divider>
      <Field id="pain-severity" label={t('fields.severity')}>
        <Select
          id="pain-severity"
          allowClear
          placeholder={t('placeholders.notRated')}
          value={pain.severity ?? null}
          options={options.severity.map((o) => ({ value: o.value, title: o.label, label: <SeverityLabel severity={o.value} /> }))}
          onChange={(severity: number | undefined) => editPain(card, { severity: severity ?? null })}
        />
      </Field>
      <Field id="pain-frequency" label={t('fields.frequency')}>
        <Select
          id="pain-frequency"
          allowClear
          placeholder={t('placeholders.notRated')}
          value={pain.frequency ?? null}
          options={options.frequency}
          onChange={(frequency: Frequency | undefined) => editPain(card, { frequency: frequency ?? null })}
        />
      </Field>
      <Field id="pain-reach" label={t('fields.reach')}>
        <CommitNumber id="pain-reach" value={pain.reach ?? null} min={0} max={100} allowEmpty suffix="%" placeholder={t('placeholders.notRated')} onCommit={(reach) => editPain(card, { reach })} />
      </Field>
      <Field id="pain-effort" label={t('fields.effort')}>
        <Select
          id="pain-effort"
          allowClear
          placeholder={t('placeholders.notRated')}
          value={pain.effort ?? null}
          options={options.effort}
          onChange={(effort: Effort | undefined) => editPain(card, { effort: effort ?? null })}
        />
      </Field>
      <Field id="pain-priority" label={t('fields.priority')}>
        <PriorityScore priority={priority} rank={rank} />
      </Field>
      <Field id="pain-impact" label={t('fields.impact')}>
        <CommitText id="pain-impact" multiline value={pain.impact ?? ''} maxLength={2000} placeholder={t('placeholders.impact')} onCommit={(impact) => editPain(card, { impact })} />
      </Field>
      <Field id="pain-impactMetric" label={t('fields.impactMetric')}>
        <CommitText id="pain-impactMetric" value={pain.impactMetric ?? ''} maxLength={200} placeholder={t('placeholders.impactMetric')} onCommit={(impactMetric) => editPain(card, { impactMetric: impactMetric.trim() })} />
      </Field>
      <Field id="pain-owner" label={t('fields.owner')}>
        <CommitText id="pain-owner" value={pain.owner ?? ''} maxLength={200} placeholder={t('placeholders.owner')} onCommit={(owner) => editPain(card, { owner: owner.trim() })} />
      </Field>
      <Field id="pain-status" label={t('fields.status')}>
        <Select id="pain-status" value={pain.status ?? 'open'} options={options.status} onChange={(status: PainStatus) => editPain(card, { status })} />
      </Field>
      <Field id="pain-evidence" label={t('fields.evidence')}>
        <Select
          id="pain-evidence"
          allowClear
          placeholder={t('evidence.none')}
          value={pain.evidence ?? null}
          options={options.evidence}
          onChange={(evidence: EvidenceLevel | undefined) => editPain(card, { evidence: evidence ?? null })}
        />
      </Field>
      <Field id="pain-evidenceSource" label={t('fields.evidenceSource')}>
        <CommitAutoComplete
          id="pain-evidenceSource"
          value={pain.evidenceSource ?? ''}
          maxLength={500}
          placeholder={t('placeholders.evidenceSource')}
          options={EVIDENCE_SOURCE_SUGGESTIONS.map((key) => ({ value: t(`sources.${key}`) }))}
          onCommit={(evidenceSource) => editPain(card, { evidenceSource })}
        />
      </Field>
      <Field id="pain-tags" label={t('fields.tags')}>
        <Select
          id="pain-tags"
          mode="tags"
          allowClear
          placeholder={t('placeholders.tags')}
          value={pain.tags ?? []}
          options={tagOptions}
          onChange={(tags: string[]) => editPain(card, { tags: [...new Set(tags.map((tag) => tag.trim()).filter((tag) => tag !== ''))] })}
        />
      </Field>
      <Field id="pain-about" label={t('fields.about')}>
        <AboutSelect card={card} map={map} />
      </Field>
      <Field id="pain-addressedBy" label={t('section.addressedBy')}>
        <CardLinks cards={cardsAddressing(map, card.id)} testId="pain-addressed-by" />
      </Field>
      {pain.createdAt && (
        <Typography.Paragraph type="secondary" data-testid="pain-dates" style={{ fontSize: 12 }}>
          {t('section.dates', { created: formatTimestamp(pain.createdAt, language), updated: formatTimestamp(pain.updatedAt ?? pain.createdAt, language) })}
        </Typography.Paragraph>
      )}
    </section>
  );
}

