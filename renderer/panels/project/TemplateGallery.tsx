import { Radio, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateSummary } from '../../../src/model/project';
import { describeTemplate } from './describeTemplate';
import { MapThumbnail } from './MapThumbnail';
import { templateChoiceOf, type TemplateChoice } from './templateChoice';

interface TemplateGalleryProps {
  templates: readonly TemplateSummary[];
  value: TemplateChoice;
  onChange: (choice: TemplateChoice) => void;
}

/**
 * Every template a map can start from, as cards with a preview, title and
 * description in the UI language: the built-in ones, then the project's own.
 * A radio group underneath, so arrow keys move between cards.
 */
export function TemplateGallery({ templates, value, onChange }: TemplateGalleryProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const described = useMemo(
    () => templates.map((template) => ({ choice: templateChoiceOf(template), ...describeTemplate(template, language) })),
    [templates, language],
  );
  const builtins = described.filter((entry) => entry.kind === 'builtin');
  const own = described.filter((entry) => entry.kind === 'project');

  const card = (entry: (typeof described)[number]) => (
    <div key={entry.choice} className="template-option" data-testid="template-option" data-template={entry.choice}>
      <Radio value={entry.choice} className="template-card">
        <MapThumbnail sketch={entry.sketch} className="template-card-preview" />
        <span className="template-card-title">{entry.title}</span>
        {entry.description && <span className="template-card-description">{entry.description}</span>}
      </Radio>
    </div>
  );

  return (
    <Radio.Group className="template-gallery" value={value} onChange={(event) => {
        const picked = described.find((entry) => entry.choice === event.target.value);
        if (picked) onChange(picked.choice);
      }} aria-label={t('newMap.startFrom')}>
      <div className="template-grid">{builtins.map(card)}</div>
      {own.length > 0 && (
        <>
          <Typography.Text strong className="template-group-title">
            {t('newMap.projectTemplates')}
          </Typography.Text>
          <div className="template-grid">{own.map(card)}</div>
        </>
      )}
    </Radio.Group>
  );
}
