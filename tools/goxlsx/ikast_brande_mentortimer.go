// Ikast-Brande's case system's mentor hours export, as a Go program writes it with tealeg/xlsx
// (Debian's golang-github-tealeg-xlsx-dev): a cover sheet, then a row a visit, dates by SetDate and
// SetDateTime, hours in the system's own number format, the approval a boolean cell, a total line.
// Invented for the thirty-sixth onboarding trial (decision 0060, "Stop 63: trial-83").
package main

import (
	"archive/zip"
	"os"
	"sort"
	"time"

	"github.com/tealeg/xlsx"
)

type visit struct {
	cpr, mentor, approvedBy string
	pnr                     int
	day                     time.Time
	hours                   float64
	approved                bool
	approvedOn              time.Time
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

const hoursFormat = `0.00" t"`

func main() {
	a, b := "170392-3308", "281101-4632"
	signed := day(2026, time.September, 25)
	visits := []visit{
		{a, "Søren Ærbo Kragh", "Søren Ærbo Kragh", 1024681357, day(2026, time.September, 8), 2.5, true, signed},
		{a, "Søren Ærbo Kragh", "Søren Ærbo Kragh", 1024681357, day(2026, time.September, 10), 1.25, true, signed},
		{b, "Ida Mølgaard-Nissen", "", 1031425364, day(2026, time.September, 15), 2, false, time.Time{}},
		{a, "Søren Ærbo Kragh", "Søren Ærbo Kragh", 1024681357, day(2026, time.September, 16), 3, true, signed},
		{a, "Søren Ærbo Kragh", "Søren Ærbo Kragh", 1024681357, day(2026, time.September, 23), 0.75, true, signed},
		{b, "Ida Mølgaard-Nissen", "", 1031425364, day(2026, time.September, 29), 1.5, false, time.Time{}},
	}
	file := xlsx.NewFile()
	cover, _ := file.AddSheet("Forside")
	cover.AddRow().AddCell().SetString("Timeseddel for mentorstøtte")
	row := cover.AddRow()
	row.AddCell().SetString("Udtrukket")
	row.AddCell().SetDateTime(time.Date(2026, time.October, 5, 7, 15, 0, 0, time.UTC))
	row = cover.AddRow()
	row.AddCell().SetString("Periode")
	row.AddCell().SetString("september 2026")
	row = cover.AddRow()
	row.AddCell().SetString("Antal besøg")
	row.AddCell().SetInt(len(visits))

	sheet, _ := file.AddSheet("Timer")
	row = sheet.AddRow()
	for _, header := range []string{"CPR", "P-nummer", "Mentor", "Dato", "Timer", "Godkendt", "Godkendt af", "Godkendt dato"} {
		row.AddCell().SetString(header)
	}
	total := 0.0
	for _, v := range visits {
		row = sheet.AddRow()
		row.AddCell().SetString(v.cpr)
		row.AddCell().SetInt(v.pnr)
		row.AddCell().SetString(v.mentor)
		row.AddCell().SetDate(v.day)
		row.AddCell().SetFloatWithFormat(v.hours, hoursFormat)
		row.AddCell().SetBool(v.approved)
		row.AddCell().SetString(v.approvedBy)
		if v.approved {
			row.AddCell().SetDate(v.approvedOn)
		}
		total += v.hours
	}
	row = sheet.AddRow()
	row.AddCell().SetString("I alt")
	for i := 0; i < 3; i++ {
		row.AddCell()
	}
	row.AddCell().SetFloatWithFormat(total, hoursFormat)
	if err := save(file, os.Args[1]); err != nil {
		panic(err)
	}
}

// save writes the parts as File.Write does, in the order of their names: File.Write ranges over a map,
// so two runs would write the same parts in another order (the export is archived and compared).
func save(file *xlsx.File, path string) error {
	parts, err := file.MarshallParts()
	if err != nil {
		return err
	}
	names := make([]string, 0, len(parts))
	for name := range parts {
		names = append(names, name)
	}
	sort.Strings(names)
	target, err := os.Create(path)
	if err != nil {
		return err
	}
	writer := zip.NewWriter(target)
	for _, name := range names {
		w, err := writer.Create(name)
		if err != nil {
			return err
		}
		if _, err = w.Write([]byte(parts[name])); err != nil {
			return err
		}
	}
	if err = writer.Close(); err != nil {
		return err
	}
	return target.Close()
}
