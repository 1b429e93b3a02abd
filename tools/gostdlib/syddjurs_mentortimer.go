// Syddjurs's mentor hours as its Go case system exports them with encoding/xml (the thirty-eighth
// onboarding trial, decision 0060, "Stop 64: trial-85"). The structs are the system's own: each element's
// tag names the namespace, so MarshalIndent writes an xmlns on every element; times are time.Time
// (RFC 3339 with the offset, as TextMarshaler writes them) and a visit's length is a time.Duration
// written with its String method ("1h30m0s"); an approval not yet given is a nil pointer, left out by
// omitempty. Run by tools/make_fixtures_onboarding_thirtyeighth.py: writes the XML to stdout.
package main

import (
	"encoding/xml"
	"os"
	"time"
)

type Timeregistrering struct {
	XMLName   xml.Name  `xml:"urn:syddjurs:jobcenter:mentortimer:1 Timeregistrering"`
	Udtrukket time.Time `xml:"udtrukket,attr"`
	System    string    `xml:"system,attr"`
	Forloeb   []Forloeb `xml:"urn:syddjurs:jobcenter:mentortimer:1 Forloeb"`
}

type Forloeb struct {
	CPR      string       `xml:"urn:syddjurs:jobcenter:mentortimer:1 CPR"`
	PNummer  int64        `xml:"urn:syddjurs:jobcenter:mentortimer:1 PNummer"`
	Mentor   string       `xml:"urn:syddjurs:jobcenter:mentortimer:1 Mentor"`
	Besoeg   []Besoeg     `xml:"urn:syddjurs:jobcenter:mentortimer:1 Besoeg"`
	Godkendt *Godkendelse `xml:"urn:syddjurs:jobcenter:mentortimer:1 Godkendt,omitempty"`
}

type Besoeg struct {
	Start    time.Time `xml:"start,attr"`
	Varighed string    `xml:"varighed,attr"`
	Note     string    `xml:",chardata"`
}

type Godkendelse struct {
	Af        string    `xml:"af,attr"`
	Tidspunkt time.Time `xml:",chardata"`
}

func main() {
	cph, err := time.LoadLocation("Europe/Copenhagen")
	if err != nil {
		panic(err)
	}
	at := func(day, month, hour, minute, second int) time.Time {
		return time.Date(2026, time.Month(month), day, hour, minute, second, 0, cph)
	}
	visit := func(start time.Time, minutes int, note string) Besoeg {
		return Besoeg{Start: start, Varighed: (time.Duration(minutes) * time.Minute).String(), Note: note}
	}
	export := Timeregistrering{
		Udtrukket: at(30, 10, 16, 0, 5),
		System:    "SYSAG 4.2",
		Forloeb: []Forloeb{
			{
				CPR: "120687-4423", PNummer: 1019283746, Mentor: "Lars Bøgh Rasmussen",
				Besoeg: []Besoeg{
					visit(at(19, 10, 9, 0, 0), 90, "Første dag & rundvisning"),
					visit(at(22, 10, 13, 15, 0), 45, ""),
					visit(at(27, 10, 8, 30, 0), 120, "Opfølgning <værksted>"),
				},
				Godkendt: &Godkendelse{Af: "Lars Bøgh Rasmussen", Tidspunkt: at(30, 10, 15, 42, 10)},
			},
			{
				CPR: "030999-2716", PNummer: 1027364510, Mentor: "Hanne Kjær-Thomsen",
				Besoeg: []Besoeg{
					visit(at(21, 10, 10, 0, 0), 75, ""),
					visit(at(28, 10, 10, 0, 0), 75, ""),
					visit(at(29, 10, 14, 20, 0), 30, "Telefonsamtale"),
				},
			},
		},
	}
	out, err := xml.MarshalIndent(export, "", "  ")
	if err != nil {
		panic(err)
	}
	os.Stdout.WriteString(xml.Header)
	os.Stdout.Write(out)
	os.Stdout.WriteString("\n")
}
