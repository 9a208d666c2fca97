import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { t, type MessageKey } from '../i18n/i18n';

export interface Tab<Id extends string> {
  id: Id;
  label: MessageKey;
  render: () => ComponentChildren;
}

interface Props<Id extends string> {
  tabs: readonly Tab<Id>[];
  active: Id;
  onSelect: (id: Id) => void;
}

/** WAI-ARIA tabs: Tab enters the tab list, arrow keys / Home / End move between tabs. */
export function SidebarTabs<Id extends string>({ tabs, active, onSelect }: Props<Id>) {
  const list = useRef<HTMLDivElement>(null);
  const focusTab = (index: number) => {
    const tab = tabs[(index + tabs.length) % tabs.length];
    if (!tab) return;
    onSelect(tab.id);
    list.current?.querySelector<HTMLElement>(`#tab-${tab.id}`)?.focus();
  };
  const current = tabs.findIndex((tab) => tab.id === active);
  return (
    <>
      <div
        class="tabs"
        role="tablist"
        aria-label={t('explorer.tabsLabel')}
        ref={list}
        onKeyDown={(event) => {
          const moves: Record<string, number> = {
            ArrowRight: current + 1,
            ArrowLeft: current - 1,
            Home: 0,
            End: tabs.length - 1,
          };
          const next = moves[event.key];
          if (next === undefined) return;
          event.preventDefault();
          focusTab(next);
        }}
      >
        {tabs.map((tab) => (
          <button
            key={tab.id}
            id={`tab-${tab.id}`}
            type="button"
            role="tab"
            class="tab"
            aria-selected={tab.id === active}
            aria-controls={`tabpanel-${tab.id}`}
            tabIndex={tab.id === active ? 0 : -1}
            onClick={() => onSelect(tab.id)}
          >
            {t(tab.label)}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          id={`tabpanel-${tab.id}`}
          role="tabpanel"
          aria-labelledby={`tab-${tab.id}`}
          hidden={tab.id !== active}
          class="tabpanel"
        >
          {tab.id === active && tab.render()}
        </div>
      ))}
    </>
  );
}
