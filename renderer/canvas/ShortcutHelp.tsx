import { useTranslation } from 'react-i18next';
import { ConnectionKindLegend } from './edges/ConnectionKindMenu';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl';

/** A key combination shown as typed, or a pointer gesture shown translated (`help.gestures.<name>`). */
type Keys = { keys: string } | { gesture: string; prefix?: string };

/** Every shortcut with what it does (`help.<action>`, or a key of another namespace as `ns:key`); mirrors useEditorShortcuts and the canvas settings. */
const SHORTCUTS: [Keys[], string][] = [
  [[{ keys: 'Delete' }, { keys: 'Backspace' }], 'delete'],
  [[{ keys: `${MOD}+Z` }], 'undo'],
  [[{ keys: `${MOD}+Shift+Z` }, { keys: 'Ctrl+Y' }], 'redo'],
  [[{ keys: `${MOD}+D` }], 'duplicate'],
  [[{ keys: `${MOD}+A` }], 'selectAll'],
  [[{ keys: 'Enter' }, { keys: 'F2' }], 'edit'],
  [[{ keys: 'K' }, { gesture: 'rightClick' }], 'connectionKind'],
  [[{ keys: 'Esc' }], 'escape'],
  [[{ keys: '← →' }], 'moveStage'],
  [[{ keys: '↑ ↓' }], 'moveLane'],
  [[{ keys: 'Shift+1' }], 'fitView'],
  [[{ keys: 'Shift+V' }], 'editor:compareView.help'],
  [[{ keys: `${MOD}+P` }], 'export:shortcuts.pdf'],
  [[{ keys: `${MOD}+Shift+E` }], 'export:shortcuts.image'],
  [[{ gesture: 'drag', prefix: 'Shift+' }], 'boxSelect'],
  [[{ gesture: 'click', prefix: 'Shift+' }, { gesture: 'click', prefix: `${MOD}+` }], 'multiSelect'],
  [[{ gesture: 'drag', prefix: 'Space+' }, { gesture: 'scroll' }], 'pan'],
  [[{ gesture: 'scroll', prefix: `${MOD}+` }], 'zoom'],
  [[{ gesture: 'doubleClick' }], 'addCard'],
  [[{ gesture: 'drag' }, { gesture: 'doubleClick' }, { gesture: 'rightClick' }], 'emotion'],
  [[{ keys: 'Q' }], 'present:help.capture'],
  [[{ keys: 'F5' }, { keys: `${MOD}+Shift+P` }], 'present:help.present'],
  [[{ keys: '→ ↓ Space' }, { keys: '← ↑' }], 'present:help.presentKeys'],
];

/** The shortcut list shown by the toolbar's help button. */
export function ShortcutHelp() {
  const { t } = useTranslation('editor');
  const show = (k: Keys) => ('keys' in k ? k.keys : `${k.prefix ?? ''}${t(`help.gestures.${k.gesture}`)}`);
  return (
    <>
      <table className="jc-help" data-testid="shortcut-help">
        <tbody>
          {SHORTCUTS.map(([keys, action]) => (
            <tr key={action}>
              <td className="jc-help__keys">
                {keys.map((k) => (
                  <kbd key={show(k)}>{show(k)}</kbd>
                ))}
              </td>
              <td>{t(action.includes(':') ? action : `help.${action}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ConnectionKindLegend />
    </>
  );
}
