import { useTranslation } from 'react-i18next';
import { hrefs, type Route } from '../router';
import { Icon, type IconName } from '../common/Icon';
import { LanguageSwitch } from './LanguageSwitch';
import { BrandMark } from './BrandMark';

interface NavItem {
  href: string;
  label: string;
  icon: IconName;
  current: boolean;
}

export function AppHeader({ route, onSkip }: { route: Route; onSkip: () => void }) {
  const { t } = useTranslation('common');
  const items: NavItem[] = [
    {
      href: hrefs.catalogue(),
      label: t('nav.catalogue'),
      icon: 'list',
      // A scenario and its debrief (#/scenario/…) belong to the scenarios, whichever screen led there.
      current: route.name === 'catalogue' || route.name === 'scenario' || route.name === 'debrief',
    },
    { href: hrefs.progress(), label: t('nav.progress'), icon: 'chart', current: route.name === 'progress' },
    { href: hrefs.settings(), label: t('nav.settings'), icon: 'gear', current: route.name === 'settings' },
  ];
  return (
    <header className="app-header">
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          // The hash is the route here, so the skip link moves focus itself.
          event.preventDefault();
          onSkip();
        }}
      >
        {t('nav.skip')}
      </a>
      <div className="app-header__inner">
        <a className="brand" href={hrefs.catalogue()}>
          <BrandMark />
          <span className="brand__name">{t('app.name')}</span>
        </a>
        <nav className="app-nav" aria-label={t('nav.label')}>
          <ul>
            {items.map((item) => (
              <li key={item.href}>
                <a className="app-nav__link" href={item.href} aria-current={item.current ? 'page' : undefined}>
                  <Icon name={item.icon} />
                  <span>{item.label}</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <LanguageSwitch />
      </div>
    </header>
  );
}
