package content

import (
	_ "embed"

	"github.com/briefreader/brief/model"
)

//go:embed sample/briefing.txt
var sampleText string

// SampleName is the Source of the built-in sample briefing.
const SampleName = "sample"

// Sample returns the built-in sample briefing, shown when brief is run
// without a document.
func Sample() model.Briefing {
	return Parse(SampleName, sampleText, Plain)
}
