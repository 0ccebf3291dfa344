import { useEffect } from 'react';
import { useSettingsStore } from '../../store/settings-store';

/** The text-size setting scales the root font size; every size in the stylesheets is in rem. */
export function useTextSize(): void {
  const textSize = useSettingsStore((state) => state.textSize);
  useEffect(() => {
    document.documentElement.dataset.textSize = textSize;
  }, [textSize]);
}
