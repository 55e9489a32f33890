import { Button, Result, Typography } from 'antd';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface State {
  error: Error | null;
}

/**
 * Catches render errors so a bug in one screen shows a readable page with a
 * way out instead of a blank window. A class because React offers error
 * boundaries only as classes.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Journey Studio render error', error, info.componentStack);
  }

  override render() {
    return this.state.error ? <CrashPage error={this.state.error} /> : this.props.children;
  }
}

function CrashPage({ error }: { error: Error }) {
  const { t } = useTranslation();
  return (
    <Result
      status="error"
      title={t('crash.title')}
      subTitle={t('crash.body')}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('crash.reload')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('crash.details')}</Typography.Paragraph>
      <pre className="crash-details">{error.message}</pre>
    </Result>
  );
}
