import { useCallback, useEffect, useState } from 'react';
import type { TemplateSummary } from '../../../src/model/project';
import { api } from '../../api/client';
import { toDescribableError, type DescribableError } from '../../i18n/describeError';

export interface ProjectTemplates {
  /** Null until the first answer arrives (or when it failed). */
  templates: TemplateSummary[] | null;
  error: DescribableError | null;
  reload: () => Promise<void>;
}

/** The templates a new map of this project can start from, as main lists them. */
export function useProjectTemplates(projectId: string): ProjectTemplates {
  const [templates, setTemplates] = useState<TemplateSummary[] | null>(null);
  const [error, setError] = useState<DescribableError | null>(null);

  const reload = useCallback(async () => {
    try {
      setTemplates(await api.invoke('template.list', { projectId }));
      setError(null);
    } catch (thrown) {
      setError(toDescribableError(thrown));
    }
  }, [projectId]);

  useEffect(() => {
    // The list lives in the project file; fetching it is why the hook is used.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void reload();
  }, [reload]);

  return { templates, error, reload };
}
