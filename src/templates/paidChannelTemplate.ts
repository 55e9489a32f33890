import type { TemplateSpec } from './templateSpec';

/**
 * Paid-channel user journey: the six core touchpoints of a paid campaign as
 * stages, with one metrics lane per funnel measure. Metric cards say how the
 * measure is defined and which metric it shows: a per-channel or per-UTM
 * report fills every lane and the funnel with no hand wiring.
 */
export const paidChannelTemplate: TemplateSpec = {
  stages: [
    { key: 'offsite', name: ['Off-site channel', '站外渠道'] },
    { key: 'creative', name: ['Ad creative', '广告创意'] },
    { key: 'utm', name: ['Tracking URL (UTM)', '追踪链接（UTM）'] },
    { key: 'landing', name: ['Landing page', '落地页'] },
    { key: 'content', name: ['Supporting content and CTA', '辅助内容与行动号召'] },
    { key: 'conversion', name: ['Product conversion flow', '产品转化流程'] },
  ],
  lanes: [
    { key: 'actions', type: 'actions' },
    { key: 'touchpoints', type: 'touchpoints' },
    { key: 'pains', type: 'painPoints' },
    { key: 'impressions', type: 'metrics', name: ['Impressions', '曝光量'] },
    { key: 'ctr', type: 'metrics', name: ['Click-through rate (CTR)', '点击率（CTR）'] },
    { key: 'visitors', type: 'metrics', name: ['Visitors', '访客数'] },
    { key: 'bounce', type: 'metrics', name: ['Bounce rate', '跳出率'] },
    { key: 'dwell', type: 'metrics', name: ['Dwell time', '停留时长'] },
    { key: 'depth', type: 'metrics', name: ['Visit depth', '访问深度'] },
    { key: 'activation', type: 'metrics', name: ['Activation rate', '激活率'] },
    { key: 'conversionRate', type: 'metrics', name: ['Conversion rate', '转化率'] },
  ],
  cards: [
    { key: 'a1', stage: 'offsite', lane: 'actions', title: ['Scrolls a feed or searches', '刷信息流或搜索'] },
    { key: 'a2', stage: 'creative', lane: 'actions', title: ['Notices the ad and clicks', '注意到广告并点击'] },
    { key: 'a3', stage: 'utm', lane: 'actions', title: ['Follows the tracked link', '经追踪链接跳转'] },
    { key: 'a4', stage: 'landing', lane: 'actions', title: ['Scans the headline and offer', '浏览标题和优惠'] },
    { key: 'a5', stage: 'content', lane: 'actions', title: ['Reads reviews, taps the CTA', '查看评价，点击行动按钮'] },
    { key: 'a6', stage: 'conversion', lane: 'actions', title: ['Signs up and places a first order', '注册并完成首单'] },
    { stage: 'offsite', lane: 'touchpoints', title: ['Search ad', '搜索广告'], channel: 'search' },
    { stage: 'offsite', lane: 'touchpoints', title: ['Douyin feed ad', '抖音信息流广告'], channel: 'douyin' },
    { stage: 'offsite', lane: 'touchpoints', title: ['WeChat Moments ad', '微信朋友圈广告'], channel: 'wechat' },
    { stage: 'creative', lane: 'touchpoints', title: ['Short video and image creatives', '短视频与图片素材'] },
    { stage: 'utm', lane: 'touchpoints', title: ['utm_source / utm_medium / utm_campaign', 'utm_source / utm_medium / utm_campaign'] },
    { stage: 'landing', lane: 'touchpoints', title: ['Campaign landing page', '活动落地页'], channel: 'website' },
    { stage: 'content', lane: 'touchpoints', title: ['Case studies and FAQ', '案例与常见问题'], channel: 'website' },
    { stage: 'conversion', lane: 'touchpoints', title: ['Sign-up and checkout in the app', 'App 内注册与下单'], channel: 'mobileApp' },
    { stage: 'utm', lane: 'pains', title: ['Parameters lost on redirect', '跳转时参数丢失'] },
    { stage: 'landing', lane: 'pains', title: ['Slow to load on mobile', '移动端加载慢'] },
    { stage: 'conversion', lane: 'pains', title: ['Too many form fields', '表单字段太多'] },
    { stage: 'offsite', lane: 'impressions', title: ['Ad impressions per channel', '各渠道广告曝光次数'], metric: 'impressions' },
    { stage: 'creative', lane: 'ctr', title: ['Clicks ÷ impressions', '点击数 ÷ 曝光数'], metric: 'ctr' },
    { stage: 'landing', lane: 'visitors', title: ['Unique visitors by UTM source', '按 UTM 来源统计的独立访客'], metric: 'visitors' },
    { stage: 'landing', lane: 'bounce', title: ['Single-page sessions ÷ sessions', '单页会话数 ÷ 总会话数'], metric: 'bounceRate' },
    { stage: 'content', lane: 'dwell', title: ['Average time on page', '平均页面停留时长'], metric: 'dwellTime' },
    { stage: 'content', lane: 'depth', title: ['Pages per session', '每次会话浏览页数'], metric: 'pagesPerVisit' },
    { stage: 'conversion', lane: 'activation', title: ['Activated users ÷ sign-ups', '激活用户数 ÷ 注册数'], metric: 'activationRate' },
    { stage: 'conversion', lane: 'conversionRate', title: ['Conversions ÷ visitors', '转化数 ÷ 访客数'], metric: 'conversionRate' },
  ],
  connections: [
    { from: 'a1', to: 'a2' },
    { from: 'a2', to: 'a3' },
    { from: 'a3', to: 'a4' },
    { from: 'a4', to: 'a5' },
    { from: 'a5', to: 'a6' },
  ],
};
