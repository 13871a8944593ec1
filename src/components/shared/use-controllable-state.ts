'use client';
import { useCallback, useRef, useState } from 'react';

/** Options of useControllableState: a value the host may own (`value`) or leave to the component (`defaultValue`). */
export interface UseControllableStateOptions<T> {
  /** The host's value; when defined the host owns the state. */
  value: T | undefined;
  /** The starting value while uncontrolled. */
  defaultValue: T;
  /** Called on every change, controlled or not. */
  onChange?: (value: T) => void;
}

/**
 * State that is controlled when the host passes a value and uncontrolled otherwise, with one setter
 * for both (Radix's useControllableState pattern). Whether it is controlled is decided on the first
 * render: flipping later is a host bug, so it keeps the first mode.
 */
export function useControllableState<T>({ value, defaultValue, onChange }: UseControllableStateOptions<T>) {
  const [controlled] = useState(value !== undefined);
  const [own, setOwn] = useState(defaultValue);
  const current = controlled ? (value as T) : own;
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const setValue = useCallback(
    (next: T) => {
      if (!controlled) setOwn(next);
      onChangeRef.current?.(next);
    },
    [controlled],
  );
  return [current, setValue] as const;
}
