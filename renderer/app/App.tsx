import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from './ErrorBoundary';
import { Shell } from './Shell';
import { appTheme } from './theme';

// antd spaces out two-character Chinese labels ("取 消"); our labels are written as they should read.
const BUTTON_CONFIG = { autoInsertSpace: false };

/**
 * The root: antd theme and locale (following the i18n language, so a switch
 * re-renders antd's own texts too), antd's App context for message,
 * notification and modal, and the error boundary around everything else.
 */
export function App() {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider theme={appTheme} button={BUTTON_CONFIG} locale={i18n.language === 'zh-CN' ? zhCN : enUS}>
      <AntApp className="app-root">
        <ErrorBoundary>
          <Shell />
        </ErrorBoundary>
      </AntApp>
    </ConfigProvider>
  );
}
