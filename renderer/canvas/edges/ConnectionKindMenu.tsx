import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { CONNECTION_KINDS } from '../../../src/schema/journey';
import type { ConnectionKind } from '../../../src/model/journey';
import { FONT_FAMILY } from '../../app/theme';
import { CONNECTION_KIND_COLORS, CONNECTION_KIND_DASHES } from './connectionKinds';
import { chooseKind, discardKindMenu, dismissKindMenu, useKindMenuStore, type KindMenuRequest } from './kindMenu';

/** A short sample of how a kind is drawn (line, dash pattern, arrowhead). */
export function ConnectionKindSwatch({ kind }: { kind: ConnectionKind }) {
  const color = CONNECTION_KIND_COLORS[kind];
  return (
    <svg className="jc-kind-swatch" width={36} height={12} viewBox="0 0 36 12" aria-hidden>
      <path d="M 2 6 H 30" stroke={color} strokeWidth={2} strokeDasharray={CONNECTION_KIND_DASHES[kind]} strokeLinecap="round" />
      <path d={kind === 'supports' ? 'M 27 2 L 33 6 L 27 10' : 'M 27 2 L 34 6 L 27 10 Z'} stroke={color} strokeWidth={1.5} fill={kind === 'supports' ? 'none' : color} strokeLinejoin="round" />
      {kind === 'handoff' && <circle cx={16} cy={6} r={3.5} fill="#fff" stroke={color} strokeWidth={1.5} />}
    </svg>
  );
}

// Keeps the menu inside the window when the drop point is near its right or bottom edge.
const MENU_WIDTH = 250;
const MENU_HEIGHT = 210;
const OFFSET = 8;

function KindMenu({ request }: { request: KindMenuRequest }) {
  const { t } = useTranslation('editor');
  const [active, setActive] = useState(Math.max(0, CONNECTION_KINDS.indexOf(request.kind)));
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    ref.current?.focus();
    // A press anywhere else closes the menu as Escape does.
    const onPointerDown = (e: PointerEvent) => {
      if (!(e.target instanceof Node) || !ref.current?.contains(e.target)) dismissKindMenu();
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, []);

  const onKeyDown = (e: KeyboardEvent) => {
    // Keys belong to the menu while it is open, not to the editor's shortcuts.
    e.stopPropagation();
    const count = CONNECTION_KINDS.length;
    const digit = Number(e.key);
    if (e.key === 'ArrowDown') setActive((i) => (i + 1) % count);
    else if (e.key === 'ArrowUp') setActive((i) => (i - 1 + count) % count);
    else if (e.key === 'Enter' || e.key === ' ') chooseKind(CONNECTION_KINDS[active] ?? request.kind);
    else if (e.key === 'Escape') dismissKindMenu();
    else if (Number.isInteger(digit) && digit >= 1 && digit <= count) chooseKind(CONNECTION_KINDS[digit - 1] ?? request.kind);
    else return;
    e.preventDefault();
  };

  const left = Math.max(OFFSET, Math.min(request.at.x + OFFSET, window.innerWidth - MENU_WIDTH - OFFSET));
  const top = Math.max(OFFSET, Math.min(request.at.y + OFFSET, window.innerHeight - MENU_HEIGHT - OFFSET));

  return (
    <div
      ref={ref}
      className="jc-kind-menu"
      role="menu"
      tabIndex={-1}
      aria-label={t(request.mode === 'create' ? 'connection.chooseKind' : 'connection.changeKind')}
      data-testid="connection-kind-menu"
      // Outside the app root (a portal on <body>), so antd's font does not reach it by itself.
      style={{ left, top, width: MENU_WIDTH, fontFamily: FONT_FAMILY }}
      onKeyDown={onKeyDown}
      onContextMenu={(e) => e.preventDefault()}
    >
      <div className="jc-kind-menu__title">{t(request.mode === 'create' ? 'connection.chooseKind' : 'connection.changeKind')}</div>
      {CONNECTION_KINDS.map((kind, i) => (
        <div
          key={kind}
          role="menuitemradio"
          aria-checked={kind === request.kind}
          data-kind={kind}
          className={`jc-kind-menu__item${i === active ? ' jc-kind-menu__item--active' : ''}`}
          onPointerEnter={() => setActive(i)}
          onClick={() => chooseKind(kind)}
        >
          <ConnectionKindSwatch kind={kind} />
          <span className="jc-kind-menu__name">{t(`connection.kinds.${kind}`)}</span>
          <kbd>{i + 1}</kbd>
        </div>
      ))}
      <div className="jc-kind-menu__hint">{t(request.mode === 'create' ? 'connection.kindHintCreate' : 'connection.kindHintChange')}</div>
    </div>
  );
}

/** The kind menu when one is open, above everything else on the page. */
export function ConnectionKindMenu() {
  const request = useKindMenuStore((s) => s.request);
  // A menu left open when the editor closes must not come back with the next map.
  useEffect(() => discardKindMenu, []);
  if (!request) return null;
  const key = request.mode === 'create' ? `${request.source}>${request.target}` : request.connectionId;
  return createPortal(<KindMenu key={key} request={request} />, document.body);
}

/** What each kind of connection looks like and means, for the help popover. */
export function ConnectionKindLegend() {
  const { t } = useTranslation('editor');
  return (
    <div className="jc-kind-legend" data-testid="connection-kind-legend">
      <div className="jc-kind-legend__title">{t('connection.legend')}</div>
      {CONNECTION_KINDS.map((kind) => (
        <div key={kind} className="jc-kind-legend__row">
          <ConnectionKindSwatch kind={kind} />
          <span className="jc-kind-legend__name">{t(`connection.kinds.${kind}`)}</span>
          <span className="jc-kind-legend__meaning">{t(`connection.kindMeanings.${kind}`)}</span>
        </div>
      ))}
    </div>
  );
}
