import { describe, expect, it } from 'vitest';
import { suggestColumn } from '../../../src/import/headerSuggestions';

describe('suggestColumn', () => {
  it.each([
    ['渠道', 'channel'],
    ['Channel', 'channel'],
    ['utm_source', 'utmSource'],
    ['来源', 'utmSource'],
    ['UTM Medium', 'utmMedium'],
    ['日期', 'period'],
    ['Month', 'period'],
    ['阶段', 'stage'],
    ['人群', 'segment'],
  ])('%s is the dimension %s', (header, role) => {
    expect(suggestColumn(header)).toEqual({ kind: 'dimension', role });
  });

  it.each([
    ['展示量', 'impressions'],
    ['曝光量', 'impressions'],
    ['Impressions', 'impressions'],
    ['点击量', 'clicks'],
    ['点击率(%)', 'ctr'],
    ['CTR', 'ctr'],
    ['访客数', 'visitors'],
    ['UV', 'visitors'],
    ['新访客', 'newVisitors'],
    ['New visitors', 'newVisitors'],
    ['跳出率', 'bounceRate'],
    ['Bounce rate', 'bounceRate'],
    ['平均停留时间', 'dwellTime'],
    ['停留时长（秒）', 'dwellTime'],
    ['访问深度', 'pagesPerVisit'],
    ['激活', 'activations'],
    ['注册', 'signUps'],
    ['Sign-ups', 'signUps'],
    ['转化', 'conversions'],
    ['订单', 'transactions'],
    ['交易', 'transactions'],
    ['付费用户', 'payingUsers'],
    ['金额', 'revenue'],
    ['Revenue (¥)', 'revenue'],
    ['ＣＴＲ', 'ctr'],
  ])('%s is the metric %s', (header, metric) => {
    expect(suggestColumn(header)).toEqual({ kind: 'metric', metric });
  });

  it('suggests nothing for headers it does not know', () => {
    expect(suggestColumn('备注')).toBeUndefined();
    expect(suggestColumn('Owner email')).toBeUndefined();
  });
});
