import { Alert } from 'antd';
import { Component, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/**
 * Keeps a drawing error in the preview inside the preview: the dialog, its
 * choices and the export button stay usable (main renders the file itself).
 * Given a new `key` by its parent for each new print data, so it retries.
 */
export class PreviewBoundary extends Component<{ title: string; children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    return this.state.error ? <Alert type="error" showIcon title={this.props.title} description={this.state.error.message} /> : this.props.children;
  }
}
