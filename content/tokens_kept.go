package content

// A long document has millions of tokens, and the attribution passes read
// every block's several times, in order. Kept in full for the whole parse
// they were most of its memory (48 bytes a token, two strings each the
// collector must trace), so only the blocks read last keep them: tokens()
// makes a block's again from its text when a pass comes back to it, which
// a quarter of the blocks need and costs less than keeping every block's
// packed (12 bytes a token, a third of what a whole briefing's model
// holds).

// keptTokens is about how many tokens are kept in full at a time
// (3 MB): far more than the few blocks a pass reads at once.
const keptTokens = 1 << 16

// tokenKeeper keeps the full tokens of the blocks read last, and makes
// again those of others when asked. Only the attribution goroutine uses
// it, and only on blocks the read-ahead is done with.
type tokenKeeper struct {
	tz *tokenizer
	// kept holds the blocks kept in full, oldest first, from kept[first];
	// n is their tokens.
	kept  []*blk
	first int
	n     int
}

func newTokenKeeper() *tokenKeeper { return &tokenKeeper{tz: newTokenizer()} }

// tokens returns the block's tokens, unpacking them if they were let go.
func (b *blk) tokens() []token {
	if b.kept == nil && b.ntoks > 0 {
		b.kept = b.keeper.unpack(b)
	}
	return b.kept
}

// keep adds a block whose tokens are in full to those kept, letting go of
// the oldest others' while there are too many.
func (k *tokenKeeper) keep(b *blk) {
	if k == nil || b.kept == nil {
		return
	}
	k.kept = append(k.kept, b)
	k.n += len(b.kept)
	for k.n > keptTokens && k.first < len(k.kept)-1 {
		old := k.kept[k.first]
		k.kept[k.first] = nil
		k.first++
		k.n -= len(old.kept)
		old.kept = nil
	}
	if k.first > len(k.kept)/2 {
		// the queue's dead half goes, at a cost shared by as many keeps
		k.kept = append(k.kept[:0], k.kept[k.first:]...)
		k.first = 0
	}
}

// unpack makes a block's tokens again: the same tokens readBlock made,
// from the same text and spans (a transcript turn's were read without the
// span attributeTurn gives it afterwards).
func (k *tokenKeeper) unpack(b *blk) []token {
	spans := b.spans
	if b.raw.turn() {
		spans = nil
	}
	toks, _ := k.tz.scan(make([]token, 0, b.ntoks), b.raw.text, spans, false)
	b.kept = toks
	k.keep(b)
	return toks
}
