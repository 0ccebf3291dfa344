import { Component, type ReactNode } from 'react';
import { ScreenError } from './ScreenError';

interface State {
  error: Error | null;
}

/**
 * A screen that fails to render (or a chunk that fails to download after a new deploy) shows a way out
 * instead of a blank page; the header, the language switch and the other screens keep working.
 */
export class ScreenErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidUpdate(previous: { resetKey: string }) {
    if (previous.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  render() {
    return this.state.error ? <ScreenError error={this.state.error} /> : this.props.children;
  }
}
