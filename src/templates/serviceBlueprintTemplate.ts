import type { TemplateSpec } from './templateSpec';

/**
 * Service blueprint of a booked service visit: what the customer sees and
 * does above the line of interaction, frontstage staff between it and the
 * line of visibility, and the backstage and support systems that make it
 * work, linked by 'supports' connections.
 */
export const serviceBlueprintTemplate: TemplateSpec = {
  stages: [
    { key: 'book', name: ['Book', '预约'] },
    { key: 'arrive', name: ['Arrive', '到店'] },
    { key: 'serve', name: ['Get served', '接受服务'] },
    { key: 'pay', name: ['Pay', '付款'] },
    { key: 'followUp', name: ['Follow up', '回访'] },
  ],
  lanes: [
    { key: 'evidence', type: 'touchpoints', name: ['Physical evidence', '有形展示'] },
    { key: 'actions', type: 'actions' },
    { key: 'frontstage', type: 'frontstage' },
    { key: 'backstage', type: 'backstage' },
    { key: 'support', type: 'support' },
  ],
  cards: [
    { stage: 'book', lane: 'evidence', title: ['Booking page', '预约页面'], channel: 'website' },
    { stage: 'arrive', lane: 'evidence', title: ['Reception desk', '前台'], channel: 'store' },
    { stage: 'serve', lane: 'evidence', title: ['Service area', '服务区'], channel: 'store' },
    { stage: 'pay', lane: 'evidence', title: ['Receipt', '收据'] },
    { stage: 'followUp', lane: 'evidence', title: ['Feedback SMS', '回访短信'], channel: 'sms' },
    { key: 'c1', stage: 'book', lane: 'actions', title: ['Picks a time slot', '选择预约时段'] },
    { key: 'c2', stage: 'arrive', lane: 'actions', title: ['Checks in', '到店签到'] },
    { key: 'c3', stage: 'serve', lane: 'actions', title: ['Describes the need', '说明需求'] },
    { key: 'c4', stage: 'pay', lane: 'actions', title: ['Pays', '付款'] },
    { key: 'c5', stage: 'followUp', lane: 'actions', title: ['Rates the visit', '评价本次服务'] },
    { key: 'f1', stage: 'book', lane: 'frontstage', title: ['Confirms the booking', '确认预约'] },
    { key: 'f2', stage: 'arrive', lane: 'frontstage', title: ['Greets and checks in', '接待并签到'] },
    { key: 'f3', stage: 'serve', lane: 'frontstage', title: ['Delivers the service', '提供服务'] },
    { key: 'f4', stage: 'pay', lane: 'frontstage', title: ['Takes payment', '收款'] },
    { key: 'b1', stage: 'book', lane: 'backstage', title: ['Assigns staff to the slot', '为时段安排人员'] },
    { key: 'b2', stage: 'arrive', lane: 'backstage', title: ['Prepares the customer record', '准备客户档案'] },
    { key: 'b3', stage: 'serve', lane: 'backstage', title: ['Orders parts and materials', '订购配件和物料'] },
    { key: 'b4', stage: 'followUp', lane: 'backstage', title: ['Reviews low ratings', '跟进差评'] },
    { key: 's1', stage: 'book', lane: 'support', title: ['Booking system', '预约系统'] },
    { key: 's2', stage: 'arrive', lane: 'support', title: ['CRM', 'CRM 系统'] },
    { key: 's3', stage: 'serve', lane: 'support', title: ['Inventory system', '库存系统'] },
    { key: 's4', stage: 'pay', lane: 'support', title: ['Payment gateway', '支付网关'] },
    { key: 's5', stage: 'followUp', lane: 'support', title: ['Survey tool', '问卷工具'] },
  ],
  connections: [
    { from: 'c1', to: 'c2' },
    { from: 'c2', to: 'c3' },
    { from: 'c3', to: 'c4' },
    { from: 'c4', to: 'c5' },
    { from: 'f1', to: 'c1', kind: 'supports' },
    { from: 'f2', to: 'c2', kind: 'supports' },
    { from: 'f3', to: 'c3', kind: 'supports' },
    { from: 'f4', to: 'c4', kind: 'supports' },
    { from: 'b1', to: 'f1', kind: 'supports' },
    { from: 'b2', to: 'f2', kind: 'supports' },
    { from: 'b3', to: 'f3', kind: 'supports' },
    { from: 's1', to: 'b1', kind: 'supports' },
    { from: 's2', to: 'b2', kind: 'supports' },
    { from: 's3', to: 'b3', kind: 'supports' },
    { from: 's4', to: 'f4', kind: 'supports' },
    { from: 's5', to: 'b4', kind: 'supports' },
    { from: 'c5', to: 'b4', kind: 'handoff', label: ['Low rating', '差评'] },
  ],
};
