import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, type ButtonVariant } from '../common/Button';

interface ConfirmButtonProps {
  children: ReactNode;
  /** The question asked before acting, e.g. "Delete 12 attempts? This cannot be undone." */
  question: ReactNode;
  confirmLabel: ReactNode;
  onConfirm: () => void;
  variant?: ButtonVariant;
  disabled?: boolean;
}

/**
 * A destructive action asks first, in place (no browser dialog): the question appears beside the button,
 * focus moves to it, and Cancel (or Escape) returns focus to where it was.
 */
export function ConfirmButton({ children, question, confirmLabel, onConfirm, variant = 'secondary', disabled }: ConfirmButtonProps) {
  const { t } = useTranslation('common');
  const [asking, setAsking] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (asking) confirm.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      const button = trigger.current;
      // A trigger the action disabled (nothing left to delete) cannot hold focus: its section's heading does.
      const heading = button?.disabled ? button.closest('section')?.querySelector<HTMLElement>('h2') : null;
      if (heading) {
        heading.setAttribute('tabindex', '-1');
        heading.focus();
      } else button?.focus();
    }
  }, [asking]);

  const cancel = () => {
    returnFocus.current = true;
    setAsking(false);
  };

  if (!asking) {
    return (
      <Button ref={trigger} variant={variant} onClick={() => setAsking(true)} disabled={disabled}>
        {children}
      </Button>
    );
  }
  return (
    <div
      className="confirm"
      role="group"
      onKeyDown={(event) => {
        if (event.key === 'Escape') cancel();
      }}
    >
      <p className="confirm__question">{question}</p>
      <div className="confirm__actions">
        <Button
          ref={confirm}
          variant="danger"
          onClick={() => {
            onConfirm();
            returnFocus.current = true;
            setAsking(false);
          }}
        >
          {confirmLabel}
        </Button>
        <Button variant="secondary" onClick={cancel}>
          {t('actions.cancel')}
        </Button>
      </div>
    </div>
  );
}
