import type { AnchorHTMLAttributes, ComponentPropsWithRef, ReactNode } from 'react';
import { Icon, type IconName } from './Icon';
import './common.css';

export type ButtonVariant = 'primary' | 'secondary' | 'quiet' | 'danger';

interface Look {
  variant?: ButtonVariant;
  size?: 'normal' | 'small';
  icon?: IconName;
  /** An icon after the label, e.g. an arrow on "Continue". */
  trailingIcon?: IconName;
  children: ReactNode;
}

function classes({ variant = 'secondary', size = 'normal' }: Look, extra?: string): string {
  return ['button', `button--${variant}`, size === 'small' ? 'button--small' : '', extra ?? ''].filter(Boolean).join(' ');
}

function Content({ icon, trailingIcon, children }: Look) {
  return (
    <>
      {icon ? <Icon name={icon} /> : null}
      <span>{children}</span>
      {trailingIcon ? <Icon name={trailingIcon} /> : null}
    </>
  );
}

type ButtonProps = Look & Omit<ComponentPropsWithRef<'button'>, 'children'>;

export function Button({ variant, size, icon, trailingIcon, children, className, type = 'button', ...rest }: ButtonProps) {
  return (
    <button type={type} className={classes({ variant, size, children }, className)} {...rest}>
      <Content icon={icon} trailingIcon={trailingIcon}>
        {children}
      </Content>
    </button>
  );
}

type ButtonLinkProps = Look & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'children'> & { href: string };

/** A link that looks like a button: it goes somewhere (a route), so it stays a link for assistive technology. */
export function ButtonLink({ variant, size, icon, trailingIcon, children, className, ...rest }: ButtonLinkProps) {
  return (
    <a className={classes({ variant, size, children }, className)} {...rest}>
      <Content icon={icon} trailingIcon={trailingIcon}>
        {children}
      </Content>
    </a>
  );
}
