#!/usr/bin/env node
// Compiles content/ into .contentlayer/generated with this repo's contentlayer.config.ts:
// what `contentlayer2 build` does, or `contentlayer2 dev` with --watch, run through
// Contentlayer's own core. The CLI switches on effect-ts fiber tracing for every run,
// which records a trace on each of the library's millions of steps: without it, 1,000
// posts compile in about 24 s instead of 30 s (see README, Performance).
// Usage: node scripts/content.mjs [--watch]
import * as core from '@contentlayer2/core'
import { errorToString } from '@contentlayer2/utils'
import { E, pipe, S, T } from '@contentlayer2/utils/effect'

const watch = process.argv.includes('--watch')
// A one-off build renders with React's production build; watching, the author gets its warnings.
process.env.NODE_ENV ??= watch ? 'development' : 'production'

const program = watch
  ? pipe(
      core.getConfigWatch({}),
      S.chainSwitchMapEitherRight((config) => core.generateDotpkgStream({ config, verbose: false, isDev: true })),
      // A broken post while watching is reported and the watch goes on, as with `contentlayer2 dev`.
      S.tap(E.fold((error) => T.log(errorToString(error)), core.logGenerateInfo)),
      S.runDrain,
    )
  : pipe(
      core.getConfig({}),
      T.chain((config) => core.generateDotpkg({ config, verbose: false })),
      T.tap(core.logGenerateInfo),
    )

// runMain prints a failure the way the CLI does and exits with status 1.
await pipe(program, core.runMain({ tracingServiceName: 'content', verbose: false }))
