import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon, type IconName } from './Icon';
import './common.css';

export type NoticeTone = 'info' | 'success' | 'warning' | 'error';

const ICONS: Record<NoticeTone, IconName> = { info: 'info', success: 'check', warning: 'warning', error: 'error' };

interface NoticeProps {
  tone?: NoticeTone;
  title?: ReactNode;
  children?: ReactNode;
  /** Buttons or links under the text. */
  actions?: ReactNode;
  onDismiss?: () => void;
  /** 'alert' for what the user must know at once; 'status' for the outcome of their own action. */
  role?: 'alert' | 'status';
  className?: string;
}

export function Notice({ tone = 'info', title, children, actions, onDismiss, role, className }: NoticeProps) {
  const { t } = useTranslation('common');
  return (
    <div className={`notice notice--${tone}${className ? ` ${className}` : ''}`} role={role}>
      <Icon name={ICONS[tone]} className="notice__icon" />
      <div className="notice__body">
        {title ? <p className="notice__title">{title}</p> : null}
        {children ? <div className="notice__text">{children}</div> : null}
        {actions ? <div className="notice__actions">{actions}</div> : null}
      </div>
      {onDismiss ? (
        <button type="button" className="notice__dismiss" onClick={onDismiss} aria-label={t('actions.dismiss')}>
          <Icon name="close" />
        </button>
      ) : null}
    </div>
  );
}
