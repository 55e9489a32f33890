import { Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VoteSession } from '../../../src/model/annotations';
import { MAX_VOTES_PER_PARTICIPANT } from '../../../src/schema/annotations';
import { dotsUsed, parseParticipantNames, validateVoteDraft, type VoteDraftProblem } from '../../../src/workshop/votes';
import { editVote, startVote, type VoteSettings } from './voteActions';

interface VoteFormModalProps {
  /** The session to edit; absent: a new vote. */
  session?: VoteSession;
  defaultName: string;
  onClose(): void;
  /** Called with the id of a newly started session. */
  onStarted?: (id: string) => void;
}

type Fields = VoteSettings;

/** Starts a dot vote (name, pain points or opportunities, dots each, participants), or edits one. */
export function VoteFormModal({ session, defaultName, onClose, onStarted }: VoteFormModalProps) {
  const { t } = useTranslation('workshop');
  const [form] = Form.useForm<Fields>();
  const initial: Fields = session
    ? { name: session.name, targetKind: session.targetKind, votesPerParticipant: session.votesPerParticipant, participantNames: session.participants.map((p) => p.name) }
    : { name: defaultName, targetKind: 'painPoint', votesPerParticipant: 3, participantNames: [] };

  const problemText = (p: VoteDraftProblem): string =>
    p.field === 'participants' ? t(`votes.problem.participants.${p.problem}`, { name: p.name ?? '' }) : t(`votes.problem.${p.field}.${p.problem}`, { max: MAX_VOTES_PER_PARTICIPANT });

  const submit = (fields: Fields) => {
    const participantNames = fields.participantNames.flatMap(parseParticipantNames);
    const problems = validateVoteDraft({ ...fields, participantNames });
    if (session) {
      // Fewer dots than someone already placed would leave an impossible ballot.
      const over = session.participants.find(
        (p) => participantNames.some((n) => n.toLocaleLowerCase() === p.name.toLocaleLowerCase()) && dotsUsed(session, p.id) > fields.votesPerParticipant,
      );
      if (over && problems.length === 0) {
        form.setFields([{ name: 'votesPerParticipant', errors: [t('votes.problem.votesPerParticipant.used', { name: over.name, count: dotsUsed(session, over.id) })] }]);
        return;
      }
    }
    if (problems.length > 0) {
      const fieldName = (p: VoteDraftProblem) => (p.field === 'participants' ? 'participantNames' : p.field);
      form.setFields(
        (['name', 'votesPerParticipant', 'participantNames'] as const).map((name) => ({
          name,
          errors: problems.filter((p) => fieldName(p) === name).map(problemText),
        })),
      );
      return;
    }
    if (session) {
      if (editVote(session, { ...fields, participantNames })) onClose();
    } else {
      const id = startVote({ ...fields, participantNames });
      if (id) {
        onStarted?.(id);
        onClose();
      }
    }
  };

  return (
    <Modal
      open
      title={session ? t('votes.editTitle') : t('votes.newTitle')}
      okText={session ? t('votes.save') : t('votes.start')}
      cancelText={t('votes.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" requiredMark={false} initialValues={initial} onFinish={submit}>
        <Form.Item name="name" label={t('votes.name')}>
          <Input autoFocus maxLength={200} />
        </Form.Item>
        <Form.Item name="targetKind" label={t('votes.targetKind')}>
          <Radio.Group
            disabled={session !== undefined}
            optionType="button"
            options={[
              { value: 'painPoint', label: t('votes.onPainPoints') },
              { value: 'opportunity', label: t('votes.onOpportunities') },
            ]}
          />
        </Form.Item>
        <Form.Item name="votesPerParticipant" label={t('votes.dotsEach')} extra={t('votes.dotsEachHint')}>
          <InputNumber min={1} max={MAX_VOTES_PER_PARTICIPANT} precision={0} style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="participantNames" label={t('votes.participants')} extra={t('votes.participantsHint')}>
          <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', '，', '、', ';', '；']} placeholder={t('votes.participantsPlaceholder')} aria-label={t('votes.participants')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
