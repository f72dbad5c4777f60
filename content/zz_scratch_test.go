package content

import (
	"fmt"
	"testing"
)

func TestScratchReadLine(t *testing.T) {
	for _, s := range []string{
		"THE HON. MARGUERITE OYELARAN-BECK MLA, PREMIER OF WESTMARCH",
		"MEDIA CONFERENCE THE HON PETRA LANGE MP MAYOR OF EASTPORT HARBOUR HALL",
		"REMARKS BY GOVERNOR ALMA RUIZ AT THE OPENING OF THE NORTH DAM",
		"Transcript: Minister for Fisheries Dao Thi Lan, press conference on the herring quota, Port Aldous",
		"Moderator: Felix Amundsen, Department of Fisheries",
		"NORLAND FOREIGN MINISTER ELSA VIK",
		"KAVAR’S PRESIDENT OMAR DESTA",
		"Agriculture Minister Hanne Molde",
		"Trade Commissioner Bela Farkas",
		"Mayor of Tarrow, Ines Albright",
		"OPPOSITION LEADER KAITO MBEKI",
		"Councillor Bram Oduya, Greens",
		"Chief negotiator Hamid Sorensen",
		"Quist went on the attack",
		"Press Briefing by Press Secretary Nadia Okoro-Baines and Coasts Secretary Emil Vanterpool",
		"Remarks by President Noor Haddad and Vice President Ivo Stam on the Harbour Accord",
		"Joint press conference: Prime Minister Henrik Aalto and President Leila Moradi, Vellmar",
		"PRIME MINISTER AALTO", "Jonas Berg, Nordic Wire", "Leila Moradi (President)", "REPORTER (Coastal Radio)", "Ruth Kamau, lead investigator", "MR HALVORSEN", "THE MINISTER", "PM", "KOLAR", "MS. OKORO-BAINES", "SECRETARY VANTERPOOL", "HARBOUR MASTER REYES",
		"Secretary of State Ana Ruiz", "Leaders react to the river accord", "Who said what at the farm-price talks", "Five takeaways from the Ashe-Quist debate",
	} {
		r := readLine(s, false)
		p, only := r.people, r.only
		fmt.Printf("%-60.60s only=%v", s, only)
		for _, x := range p {
			fmt.Printf(" [%q role=%q title=%q]", x.words, x.role, x.title)
		}
		fmt.Printf(" roles=%q", r.roles)
		fmt.Println()
	}
}
