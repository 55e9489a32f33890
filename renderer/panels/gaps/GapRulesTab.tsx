import { Alert, Button, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ruleEnabled } from '../../../src/gaps/analyseGaps';
import type { GapRule, GapSettings } from '../../../src/model/gaps';
import { GAP_RULES } from '../../../src/schema/gaps';
import { describeError } from '../../i18n/describeError';
import { useGapStore } from '../../store/gapStore';
import { CommitNumber } from '../inspector/fields/CommitNumber';
import { shownThreshold, THRESHOLD_FIELDS, withRuleEnabled, withThreshold } from './gapSettingsEdits';
import { gapRuleName } from './gapText';

/** Saves the project's gap settings. On failure the store puts the previous settings back and keeps the error, which the tab shows. */
const saveSettings = (settings: GapSettings): void => {
  useGapStore
    .getState()
    .saveSettings(settings)
    .catch(() => undefined);
};

function RuleSetting({ rule, settings }: { rule: GapRule; settings: GapSettings }) {
  const { t } = useTranslation('gaps');
  const enabled = ruleEnabled(settings, rule);
  const field = THRESHOLD_FIELDS[rule];
  const name = gapRuleName(t, rule);
  const inputId = `gap-threshold-${rule}`;
  return (
    <li className="jc-gap-rule" data-testid="gap-rule-setting" data-rule={rule} data-enabled={enabled}>
      <div className="jc-gap-rule__head">
        <Switch size="small" checked={enabled} aria-label={t('settings.enabled', { rule: name })} onChange={(on) => saveSettings(withRuleEnabled(settings, rule, on))} />
        <Typography.Text strong>{name}</Typography.Text>
      </div>
      <Typography.Paragraph type="secondary" className="jc-gap-rule__description">
        {t(`rules.${rule}.description`)}
      </Typography.Paragraph>
      {field && (
        <div className="jc-gap-rule__threshold">
          <label htmlFor={inputId}>{t(`settings.${field.key}`)}</label>
          <CommitNumber
            id={inputId}
            value={shownThreshold(settings, field)}
            min={field.min}
            max={field.max}
            suffix={field.suffix}
            allowEmpty
            onCommit={(shown) => saveSettings(withThreshold(settings, field, shown))}
          />
        </div>
      )}
    </li>
  );
}

/** The Rules tab: a switch per rule with its description and threshold, saved in the project; reset to the defaults. */
export function GapRulesTab() {
  const { t } = useTranslation('gaps');
  const { t: tCommon } = useTranslation();
  const settings = useGapStore((s) => s.settings);
  const error = useGapStore((s) => s.settingsError);
  return (
    <div data-testid="gaps-rules">
      <Typography.Paragraph type="secondary" className="jc-gaps-panel__hint">
        {t('settings.intro')}
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon className="jc-gaps-panel__alert" title={t('settings.error', { message: describeError(tCommon, error) })} />}
      <ul className="jc-gap-rules">
        {GAP_RULES.map((rule) => (
          <RuleSetting key={rule} rule={rule} settings={settings} />
        ))}
      </ul>
      <Button onClick={() => saveSettings({})}>{t('settings.reset')}</Button>
    </div>
  );
}
