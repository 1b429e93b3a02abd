// Syddjurs's placement agreements as its Go case system's nightly report writes them with encoding/csv
// (the thirty-eighth onboarding trial, decision 0060, "Stop 64: trial-85"): Comma ';' and UseCRLF, as
// Excel on a Danish Windows opens it; a field quoted only where it holds ';', '"' or a line break (whose
// "\n" the writer turns into "\r\n"). csv.Writer takes strings, so each value is fmt.Sprint of its Go
// value: a day is a time.Time (its String: "2026-10-19 00:00:00 +0200 CEST"), the hours a float64
// ("18.5", "20"), the mentor's employer a bool. Run by tools/make_fixtures_onboarding_thirtyeighth.py:
// writes the CSV to stdout.
package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"time"
)

type Aftale struct {
	Sagsnr            string
	CPR               string
	Borger            string
	CVR               int
	Virksomhed        string
	PNummer           int64
	Arbejdssted       string
	Start, Slut       time.Time
	TimerPrUge        float64
	Ydelse            string
	Visitation        string
	Mentor            string
	MentorIVirksomhed bool
	Sagsbehandler     string
	Email             string
	Telefon           string
	Formaal           string
}

var header = []string{
	"Sagsnr", "CPR", "Borger", "CVR", "Virksomhed", "P-nummer", "Arbejdssted", "Startdato", "Slutdato",
	"Timer pr. uge", "Ydelse", "Visitation", "Mentor", "Mentor i virksomheden", "Sagsbehandler", "E-mail",
	"Telefon", "Formål",
}

func (a Aftale) row() []string {
	values := []any{
		a.Sagsnr, a.CPR, a.Borger, a.CVR, a.Virksomhed, a.PNummer, a.Arbejdssted, a.Start, a.Slut,
		a.TimerPrUge, a.Ydelse, a.Visitation, a.Mentor, a.MentorIVirksomhed, a.Sagsbehandler, a.Email,
		a.Telefon, a.Formaal,
	}
	row := make([]string, len(values))
	for i, v := range values {
		row[i] = fmt.Sprint(v)
	}
	return row
}

func main() {
	cph, err := time.LoadLocation("Europe/Copenhagen")
	if err != nil {
		panic(err)
	}
	day := func(year, month, day int) time.Time { return time.Date(year, time.Month(month), day, 0, 0, 0, 0, cph) }
	aftaler := []Aftale{
		{
			"SY-2026-0381", "120687-4423", "Mikkel Haahr Skov", 29178437, "Mols Bådebyggeri ApS", 1019283746,
			"Mols Bådebyggeri, Ebeltoft", day(2026, 10, 19), day(2027, 1, 17), 18.5, "Kontanthjælp",
			"Aktivitetsparat", "Lars Bøgh Rasmussen", true, "Camilla Friis Ravn",
			"camilla.ravn@syddjurs.example.dk", "87 53 50 00",
			"Afklaring af arbejdsevne; værkstedsarbejde.\nFokus på stabilt fremmøde.",
		},
		{
			"SY-2026-0394", "030999-2716", "Freja Lindholm Dam", 33645120, "Kalø Gartneri I/S", 1027364510,
			"Kalø Gartneri, Rønde", day(2026, 10, 21), day(2026, 12, 15), 20, "Sygedagpenge", "",
			"Hanne Kjær-Thomsen", false, "Peter Munk Jessen", "peter.jessen@syddjurs.example.dk",
			"87 53 50 12", `Oplæring i "grønne" opgaver i væksthuset`,
		},
	}
	w := csv.NewWriter(os.Stdout)
	w.Comma = ';'
	w.UseCRLF = true
	if err := w.Write(header); err != nil {
		panic(err)
	}
	for _, a := range aftaler {
		if err := w.Write(a.row()); err != nil {
			panic(err)
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		panic(err)
	}
}
