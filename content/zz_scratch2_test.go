package content
import ("fmt";"testing";"os";"strings")
func TestScratchEnts(t *testing.T){
	data, _ := os.ReadFile(os.Getenv("BRIEF_ENTS"))
	d := parsePlain(string(data))
	if strings.HasSuffix(os.Getenv("BRIEF_ENTS"), ".md") { d = parseMarkdown(string(data)) }
	a := newAttributor(d); a.run()
	for _, e := range a.ents { fmt.Printf("%q org=%v kind=%q role=%q title=%q g=%c weak=%v\n", e.words, e.org, e.kind, e.role, e.title, max(e.gender,'-'), e.weak) }
}
