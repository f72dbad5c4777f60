package content

import (
	"strings"
	"testing"

	"github.com/briefreader/brief/model"
)

func parsed(t *testing.T, texts ...string) []*model.Briefing {
	t.Helper()
	var out []*model.Briefing
	for i, text := range texts {
		b := Parse(string(rune('a'+i))+".txt", text, Plain)
		out = append(out, &b)
	}
	return out
}

// voiceNamed finds the voice with a name, or fails.
func voiceNamed(t *testing.T, vs []model.Voice, name string) model.Voice {
	t.Helper()
	for _, v := range vs {
		if v.Name == name {
			return v
		}
	}
	var names []string
	for _, v := range vs {
		names = append(names, v.Name)
	}
	t.Fatalf("no voice %q among %q", name, names)
	return model.Voice{}
}

func TestVoicesJoinFullNameAndSurname(t *testing.T) {
	bs := parsed(t,
		"Ferry fares rise\n\nMayor Ilse Varga of Dunmore spoke on Monday.\n\n“Fares must rise,” Varga said.\n",
		"Harbour reopens\n\n“The harbour is open again,” said Ms. Varga, the mayor.\n\n“We waited long enough,” said Tomas Reyes, a union secretary.\n",
		"Budget night\n\n“We will not cut the ferries,” said Ilse Varga, the mayor of Dunmore.\n\n“Nobody asked us,” said Reyes.\n",
	)
	vs := Voices(bs)
	varga := voiceNamed(t, vs, "Ilse Varga")
	if len(varga.In) != 3 {
		t.Errorf("Ilse Varga is in %d briefings, want 3: %+v", len(varga.In), varga.In)
	}
	for i, a := range varga.In {
		if a.Briefing != i || a.Quotes != 1 || a.Speaker == "" {
			t.Errorf("appearance %d = %+v", i, a)
		}
	}
	reyes := voiceNamed(t, vs, "Tomas Reyes")
	if len(reyes.In) != 2 || reyes.In[0].Briefing != 1 || reyes.In[1].Briefing != 2 {
		t.Errorf("Tomas Reyes appears in %+v, want briefings 1 and 2", reyes.In)
	}
	if vs[0].Name != "Ilse Varga" {
		t.Errorf("most quoted voice = %q, want Ilse Varga", vs[0].Name)
	}
	if !strings.Contains(strings.ToLower(varga.Role), "mayor") {
		t.Errorf("role = %q", varga.Role)
	}
}

func TestVoicesKeepForenamesApart(t *testing.T) {
	bs := parsed(t,
		"One\n\n“Fares must rise,” said Ilse Varga, the mayor.\n",
		"Two\n\n“We scored twice,” said Anna Varga, the team captain.\n",
		"Three\n\n“Nobody told us,” Varga said.\n",
	)
	vs := Voices(bs)
	ilse, anna := voiceNamed(t, vs, "Ilse Varga"), voiceNamed(t, vs, "Anna Varga")
	if len(ilse.In) != 1 || len(anna.In) != 1 {
		t.Errorf("two Vargas joined: %+v %+v", ilse.In, anna.In)
	}
	// the lone surname fits both: it joins neither
	if len(vs) != 3 {
		t.Errorf("%d voices, want 3 (the bare Varga apart)", len(vs))
	}
}

func TestVoicesSurnameByRole(t *testing.T) {
	bs := parsed(t,
		"One\n\n“Fares must rise,” said Ilse Varga, the mayor.\n",
		"Two\n\n“We scored twice,” said Anna Varga, the team captain.\n",
		"Three\n\n“The cup is ours,” said team captain Varga.\n",
	)
	vs := Voices(bs)
	anna := voiceNamed(t, vs, "Anna Varga")
	if len(anna.In) != 2 || anna.In[1].Briefing != 2 {
		t.Errorf("the captain Varga did not join Anna Varga: %+v", anna.In)
	}
}

func TestVoicesNeverJoinUnknownOrOneBriefingsSpeakers(t *testing.T) {
	bs := parsed(t,
		"One\n\n“It is over,” a senior official said.\n",
		"Two\n\n“It is not over,” a senior official said.\n",
	)
	vs := Voices(bs)
	for _, v := range vs {
		if len(v.In) > 1 {
			t.Errorf("%q joined across briefings: %+v", v.Name, v.In)
		}
	}
	// nil briefings (not parsed yet) are skipped, indexes kept
	vs = Voices([]*model.Briefing{nil, bs[0]})
	for _, v := range vs {
		if v.In[0].Briefing != 1 {
			t.Errorf("appearance indexes %d, want 1", v.In[0].Briefing)
		}
	}
}

// TestVoicesJoinInitials: a speaker named with initials in one briefing
// is the one full name they begin in another; other initials stay apart.
func TestVoicesJoinInitials(t *testing.T) {
	bs := parsed(t,
		"Reef survey\n\n“The reef is in better shape than we feared,” said Norman Vaiki, the member for the south.\n",
		"Reef survey, day two\n\n“The licences come next,” N. J. Vaiki said.\n\n“A copy is not a licence,” M. Vaiki said.\n",
	)
	vs := Voices(bs)
	if v := voiceNamed(t, vs, "Norman Vaiki"); len(v.In) != 2 {
		t.Errorf("Norman Vaiki is in %d briefings, want 2: %+v", len(v.In), v.In)
	}
	if v := voiceNamed(t, vs, "M. Vaiki"); len(v.In) != 1 {
		t.Errorf("M. Vaiki joined another voice: %+v", v.In)
	}
}
