import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from './ErrorBoundary';
import { Shell } from './Shell';
import { prefersReducedMotion, themeFor } from './theme';

// antd spaces out two-character Chinese labels ("取 消"); our labels are written as they should read.
const BUTTON_CONFIG = { autoInsertSpace: false };

/** Follows the system's reduced-motion setting, also when it changes while the app runs. */
function useReducedMotion(): boolean {
  const [reduced, setReduced] = useState(prefersReducedMotion);
  useEffect(() => {
    const query = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)');
    if (!query) return;
    const onChange = () => setReduced(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return reduced;
}

/**
 * The root: antd theme and locale (following the i18n language, so a switch
 * re-renders antd's own texts too), antd's App context for message,
 * notification and modal, and the error boundary around everything else.
 */
export function App() {
  const { i18n } = useTranslation();
  const reducedMotion = useReducedMotion();
  return (
    <ConfigProvider theme={themeFor(reducedMotion)} button={BUTTON_CONFIG} locale={i18n.language === 'zh-CN' ? zhCN : enUS}>
      <AntApp className="app-root">
        <ErrorBoundary>
          <Shell />
        </ErrorBoundary>
      </AntApp>
    </ConfigProvider>
  );
}
