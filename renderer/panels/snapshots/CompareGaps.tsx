import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Col, Empty, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { GapComparison } from '../../../src/compare/compareGaps';
import type { Gap } from '../../../src/model/gaps';
import { gapExplanation, gapRuleName } from '../gaps/gapText';

function GapList({ gaps, kind }: { gaps: Gap[]; kind: 'closed' | 'opened' }) {
  const { t } = useTranslation(['compare', 'gaps']);
  const icon = kind === 'closed' ? <CheckCircleFilled className="jc-compare__better" /> : <CloseCircleFilled className="jc-compare__worse" />;
  return (
    <section data-testid={`compare-gaps-${kind}`} data-count={gaps.length}>
      <Typography.Title level={5}>
        {t(`compare:gaps.${kind}`)} ({gaps.length})
      </Typography.Title>
      {gaps.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(kind === 'closed' ? 'compare:gaps.noneClosed' : 'compare:gaps.noneOpened')} />}
      {gaps.map((gap) => (
        <div key={gap.key} className="jc-compare__gap" data-testid="compare-gap">
          {icon} <Typography.Text strong>{gapRuleName(t, gap.rule)}</Typography.Text>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            {gapExplanation(t, gap)}
          </Typography.Paragraph>
        </div>
      ))}
    </section>
  );
}

/** The gaps tab: gaps the after version closed (✓) and the ones it opened (✗), each with its explanation. */
export function CompareGaps({ gaps }: { gaps: GapComparison }) {
  return (
    <Row gutter={24}>
      <Col span={12}>
        <GapList gaps={gaps.closed} kind="closed" />
      </Col>
      <Col span={12}>
        <GapList gaps={gaps.opened} kind="opened" />
      </Col>
    </Row>
  );
}
