// Package content turns documents into model.Briefing values: it reads and
// sanitizes them, detects their format, finds the talking points, the
// quotes and who said them. It imports model and nothing else of brief's.
//
// # The pipeline
//
// Parse walks a document through eight stages; the files are named after
// the stage they belong to.
//
//  1. decode (load.go, sanitize.go): bytes become text — UTF-16 decoded,
//     binary refused, control sequences made harmless.
//  2. detect (load.go): the format, from the file's extension or, for
//     standard input, from its text.
//  3. structure (structure*.go, plain.go, markdown*.go, html*.go,
//     frontmatter.go): the title, the talking points and their blocks;
//     transcripts and their turns (structure_transcript.go; turns found by
//     repetition of line-start labels, structure_lines.go), the exchanges
//     of a transcript without headings (structure_exchanges.go), digests
//     of signed statements (structure_digest.go). Its last step lays the
//     document out for attribution (structure_layout.go): every block in
//     reading order with its quotation marks (structure_quotemarks.go), its
//     tokens (tokens.go) and its sentences.
//  4. mentions (mentions*.go): in every sentence, the names (with the
//     titles and roles around them), pronouns, role nouns, bodies and
//     unnamed people that can speak, with their place in the sentence —
//     subject, object, possessor, one of a pair. The phrase readers serve
//     both the mentions and the speech cues' subjects.
//  5. entities (entities*.go): the table of everyone the document names,
//     filled first from its header lines, headings and labels
//     (entities_header.go), then sentence by sentence; each entity with
//     its names and aliases, role, title, gender and, for a body, its kind
//     (entities_bodies.go). Pronouns and descriptions are resolved to the
//     most salient agreeing person by a margin (entities_corefer.go);
//     transcript labels to the person they name or whose office they give
//     (entities_labels.go).
//  6. quotes (quotes_*.go): each sentence's speech cues — verbs, speech
//     nouns, "according to", dash credits, colons — and, for each
//     quotation, whether it is speech at all (quotes_speech.go) and which
//     cues claim it (quotes_claim.go).
//  7. resolve (resolve_*.go): each quotation's candidate speakers — from
//     its cues, else from its context (resolve_context.go) or a turn's
//     label (resolve_turns.go) — are ranked by the features and weights of
//     resolve_features.go; the best wins only by a clear margin
//     (resolve_rank.go), and the mention it rests on becomes the quote's
//     cue (resolve_cuespans.go).
//  8. model (model_build.go, export.go): the briefing, and its exports.
//
// Stages 4 and 5 run as the first pass over the document (attribute.go):
// the whole document is read into the entity table before any quotation
// is attributed, so that the second pass (stages 6 and 7) can rank a
// quotation's candidates with everything the document says about them.
//
// # The lexicon
//
// Every word list the rules read — speech verbs and nouns, titles and
// roles, the kinds of bodies, transcript labels and header fields — is
// data in lexicon*.go, general English that names no person and comes
// from no particular document.
package content
