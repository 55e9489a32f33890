import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, toDescribableError } from '../i18n/describeError';

/**
 * Shows a failed action as a notification: what the user tried (`title`) and
 * why it failed, in their language. Stays until closed, because the message
 * often names a file the user needs to go and look at.
 */
export function useReportError() {
  const { t } = useTranslation();
  const { notification } = App.useApp();
  return useCallback(
    (thrown: unknown, title: string) => {
      notification.error({ title, description: describeError(t, toDescribableError(thrown)), duration: false });
    },
    [notification, t],
  );
}
