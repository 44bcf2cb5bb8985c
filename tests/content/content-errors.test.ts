import { describe, expect, it } from 'vitest'
import { buildContent } from './sandbox'

/**
 * Each fixture under tests/fixtures/content-errors holds one kind of mistake.
 * The real content build must stop, and its output must name the file, where
 * in it the problem is, and what is wrong, while leaving the files untouched.
 */
const cases: { fixture: string; mentions: (string | RegExp)[] }[] = [
  { fixture: 'missing-title', mentions: ['posts/no-title.mdx', 'missing the following required fields', 'title'] },
  { fixture: 'mistyped-field', mentions: ['posts/draft-as-text.mdx', 'incompatible fields', 'draft: "maybe"'] },
  { fixture: 'bad-yaml', mentions: ['posts/broken-yaml.mdx', 'YAMLParseError', /at line \d+, column \d+/] },
  {
    fixture: 'impossible-date',
    mentions: ['content/posts/feb-30.mdx:4: field "date": "2024-02-30" is not a real date', 'Fix: write YYYY-MM-DD'],
  },
  { fixture: 'mdx-syntax', mentions: ['posts/unclosed-brace.mdx', '8:31', 'expected a corresponding closing brace'] },
  {
    fixture: 'unknown-component',
    mentions: ['content/posts/uses-chart.mdx: component <Chart>: is not one of the components posts can use', '<Callout>'],
  },
  {
    fixture: 'missing-image',
    mentions: ['content/posts/lost-image/index.mdx: image "./diagram.png": was not found', 'Fix:'],
  },
  { fixture: 'missing-alt', mentions: ['content/posts/no-alt/index.mdx: image "./dot.png": has no alt text', 'Fix:'] },
  {
    fixture: 'duplicate-slug',
    mentions: ['content/posts/same.mdx and content/posts/same/index.mdx: slug: both make the URL slug "same"'],
  },
  { fixture: 'unknown-field', mentions: ['posts/extra-field.mdx', 'extra fields', 'catgories'] },
  {
    fixture: 'unsafe-markup',
    mentions: ['content/posts/pasted-embed.mdx:9: markup: <script> would run code or change the page outside the post', 'Fix: to show markup as text'],
  },
  {
    fixture: 'tag-collision',
    mentions: [/"(C\+\+|c#)" in content\/posts\/\w+\.mdx and "(C\+\+|c#)" in content\/posts\/\w+\.mdx: field "tags": these different tags would share the URL slug "c"/],
  },
  {
    fixture: 'bad-period',
    mentions: ['content/experience/acme.yaml: field "end": 2023-01 is before the start, 2024-05', 'Fix:'],
  },
]

// Each case is a real build of a few seconds; they run side by side.
describe.concurrent('an invalid document stops the content build', { timeout: 120_000 }, () => {
  for (const { fixture, mentions } of cases) {
    it(`${fixture}: fails naming the file and the problem`, async ({ expect }) => {
      const build = await buildContent(`content-errors/${fixture}`)
      expect(build.status, build.output).not.toBe(0)
      for (const mention of mentions) expect(build.output).toMatch(mention)
      expect(build.after).toEqual(build.before)
    })
  }
})

describe('what only warns', { timeout: 120_000 }, () => {
  it('renders a fence in an unknown language as plain text, naming the file and line', async () => {
    const build = await buildContent('content-errors/unknown-language')
    expect(build.status, build.output).toBe(0)
    expect(build.output).toContain(
      'warning: content/posts/cobol-ish.mdx:8: unknown code language "notalanguage", shown as plain text.',
    )
    expect(build.after).toEqual(build.before)
  })
})
