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

  // Metric identity survives naming: the synonyms marketers and analytics tools use, in both languages.
  it.each([
    ['访问次数', 'visits'],
    ['访问数', 'visits'],
    ['会话数', 'visits'],
    ['会话次数', 'visits'],
    ['Visits', 'visits'],
    ['Sessions', 'visits'],
    ['访客数', 'visitors'],
    ['访客', 'visitors'],
    ['独立访客', 'visitors'],
    ['独立访客数', 'visitors'],
    ['用户数', 'visitors'],
    ['UV', 'visitors'],
    ['uv', 'visitors'],
    ['Visitors', 'visitors'],
    ['Users', 'visitors'],
    ['Unique visitors', 'visitors'],
    ['Total users', 'visitors'],
    ['付费用户数', 'payingUsers'],
    ['付费人数', 'payingUsers'],
    ['购买人数', 'payingUsers'],
    ['Paying users', 'payingUsers'],
    ['Paying customers', 'payingUsers'],
    ['Buyers', 'payingUsers'],
    ['订单数', 'transactions'],
    ['交易数', 'transactions'],
    ['成交笔数', 'transactions'],
    ['Transactions', 'transactions'],
    ['Orders', 'transactions'],
    ['Purchases', 'transactions'],
  ])('%s is the metric %s', (header, metric) => {
    expect(suggestColumn(header)).toEqual({ kind: 'metric', metric });
  });

  // Page views are not visits: a visit views several pages (pages per visit = page views / visits).
  it.each(['PV', 'pv', 'Page views', 'Pageviews', '浏览量', '浏览次数', '页面浏览量'])('%s (page views) is not taken as visits or visitors', (header) => {
    expect(suggestColumn(header)).toBeUndefined();
  });

  it.each([
    ['新访客数', 'visitors', 'new'],
    ['新访客', 'visitors', 'new'],
    ['新用户', 'visitors', 'new'],
    ['新用户数', 'visitors', 'new'],
    ['首访访客数', 'visitors', 'new'],
    ['新客访客数', 'visitors', 'new'],
    ['新访客交易数', 'transactions', 'new'],
    ['新客订单数', 'transactions', 'new'],
    ['新访客付费用户数', 'payingUsers', 'new'],
    ['新访客访问次数', 'visits', 'new'],
    ['老访客数', 'visitors', 'returning'],
    ['老访客交易数', 'transactions', 'returning'],
    ['老客订单数', 'transactions', 'returning'],
    ['回访访客数', 'visitors', 'returning'],
    ['New visitors', 'visitors', 'new'],
    ['New users', 'visitors', 'new'],
    ['New visitor orders', 'transactions', 'new'],
    ['First-time visitors transactions', 'transactions', 'new'],
    ['Returning visitors', 'visitors', 'returning'],
    ['Returning visitor orders', 'transactions', 'returning'],
    ['returning_visitor_sessions', 'visits', 'returning'],
    ['移动端访客数', 'visitors', 'mobile'],
    ['Mobile visitors', 'visitors', 'mobile'],
    ['PC端交易数', 'transactions', 'desktop'],
    ['Desktop orders', 'transactions', 'desktop'],
    ['华东访客数', 'visitors', '华东'],
    ['华南地区交易数', 'transactions', '华南'],
    ['西南大区访问次数', 'visits', '西南'],
    ['APAC orders', 'transactions', 'APAC'],
    ['EMEA visitors', 'visitors', 'EMEA'],
  ])('%s is the metric %s of the segment %s', (header, metric, segment) => {
    expect(suggestColumn(header)).toEqual({ kind: 'metric', metric, segment });
  });

  it('does not read a segment into words that only start like one', () => {
    for (const header of ['新闻', '新闻点击', '新品', 'News', 'Newsletter signups', 'Returns', '老板', '新访客占比', 'New', '新', '老客', 'Mobile app', 'PC', '华东', '华东区域', 'APAC', '东北虎']) {
      expect(suggestColumn(header), header).toBeUndefined();
    }
    // Whole-header rules win over a segment split.
    expect(suggestColumn('访客数')).toEqual({ kind: 'metric', metric: 'visitors' });
  });

  it('suggests nothing for headers it does not know', () => {
    expect(suggestColumn('备注')).toBeUndefined();
    expect(suggestColumn('Owner email')).toBeUndefined();
  });
});
