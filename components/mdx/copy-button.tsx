'use client'

import { useRef, useState } from 'react'

/** Copies the code block it sits in. The only script a code block adds to a page. */
export function CopyButton() {
  const button = useRef<HTMLButtonElement>(null)
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle')

  async function copy() {
    const code = button.current?.closest('figure')?.querySelector('pre code')
    try {
      await navigator.clipboard.writeText(code instanceof HTMLElement ? code.innerText.replace(/\n$/, '') : '')
      setStatus('copied')
    } catch {
      setStatus('failed')
    }
    setTimeout(() => setStatus('idle'), 2000)
  }

  return (
    <>
      <button
        ref={button}
        type="button"
        onClick={copy}
        aria-label="Copy code"
        title="Copy code"
        className="copy-button absolute top-2 right-2 inline-flex size-8 items-center justify-center rounded-md border border-zinc-200 bg-white/90 text-zinc-500 opacity-0 transition-opacity group-hover:opacity-100 hover:text-zinc-900 focus-visible:opacity-100 dark:border-zinc-700 dark:bg-zinc-900/90 dark:text-zinc-400 dark:hover:text-zinc-100 [@media(hover:none)]:opacity-100"
      >
        <svg viewBox="0 0 24 24" width="15" height="15" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
          {status === 'copied' ? (
            <path d="M20 6 9 17l-5-5" />
          ) : (
            <>
              <rect x="9" y="9" width="13" height="13" rx="2" />
              <path d="M5 15H4a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2h9a2 2 0 0 1 2 2v1" />
            </>
          )}
        </svg>
      </button>
      <span role="status" className="sr-only">
        {status === 'copied' ? 'Copied to clipboard' : status === 'failed' ? 'Copy failed' : ''}
      </span>
    </>
  )
}
