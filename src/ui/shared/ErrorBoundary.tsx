import { Component, type ReactNode } from 'react';
import { withTranslation, type WithTranslation } from 'react-i18next';

interface State {
  error: Error | null;
}

/** Keeps one failing panel from blanking the workspace; saved work lives in IndexedDB. */
class ErrorBoundaryInner extends Component<WithTranslation & { children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  render() {
    const { t, children } = this.props;
    if (!this.state.error) return children;
    return (
      <div role="alert" className="panel-error">
        <p>{t('app.panelFailed')}</p>
        <pre>{this.state.error.message}</pre>
        <button type="button" onClick={() => window.location.reload()}>
          {t('app.reload')}
        </button>
      </div>
    );
  }
}

export const ErrorBoundary = withTranslation()(ErrorBoundaryInner);
