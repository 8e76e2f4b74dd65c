/// Every text run in this lesson-like file carries its own line number (`L12` on line 12), so
/// a text node's expected line can be read off its text. The file collects the cases where
/// cmark-gfm 0.29's own positions are wrong: inlines after autolinks, a paragraph after a link
/// reference definition, a table that takes a paragraph's last line as its header, setext
/// headings (one after a reference definition, one directly after another), line breaks inside
/// a code span, raw inline HTML and a link title. Repeated, it is also InputTests' 10 MB input.
let lesson = #"""
# L1 heading

L3 paragraph starts
L4 continues *L4 emph
L5 emph ends* L5 `L5 code
L6 span` L6 <span
title="L7"> L7 [L7 link](/u "L7 title
L8 title") L8 end\
L9 after hard break

> L11 quote
> L12 quote continues
L13 lazy

- L15 item
  L16 item continues
- [ ] L17 task

L19 between

3. L21 ordered

   L23 second paragraph

| L25 a | L25 b |
| --- | :-: |
| L27 c | L27 `code` |
| L28 e |

L30 intro split
| L31 h |
| --- |
| L33 r |

[ref]: /url
L36 after ref def

[ref2]: /url2
L39 setext after ref def
---
L41 setext
L42 heading
===========
L44 right after

```{forecast}
data: L47
```

    L50 indented code

<div>
L53 html
</div>

***

L58 note[^n] L58 www.example.com L58 me@example.com L58 ~~L58 strike~~ L58 https://x.org L58

> | L60 quoted |
> | --- |
> | L62 cell |

[^n]: L64 note
    L65 note continues
"""#
