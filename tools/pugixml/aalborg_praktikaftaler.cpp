// Aalborg's new placement agreements as the job centre's in-house C++ integration writes them with
// pugixml (Debian's libpugixml-dev 1.13): a DOM built node by node and saved with `xml_document::save`
// at its defaults, a tab a level and `<?xml version="1.0"?>` (no encoding named: UTF-8). The values as
// such a program writes them: the weekly hours a double through `std::to_string`, six decimals
// (`18.500000`); each day a `std::tm` through `strftime("%Y-%m-%d")`; the mentor's employer a `bool`
// through pugixml's `set_value(bool)` (`true`/`false`); a visitation the case system holds none of an
// empty element; the purpose a CDATA section. Identifiers, the period and the benefit's code are
// attributes beside the elements.
// Build and run (tools/make_fixtures_onboarding_seventieth.py does): g++ -std=c++17 -O0 -o prog
// aalborg_praktikaftaler.cpp -lpugixml; ./prog OUT [raw|latin1]: `raw` saves with `format_raw |
// format_no_declaration`, `latin1` with `encoding_latin1` (the probes).
#include <pugixml.hpp>

#include <cstdio>
#include <cstring>
#include <ctime>
#include <string>

namespace {

struct Aftale {
    const char* sagsnr;
    const char* cpr;
    const char* navn;
    const char* cvr;
    const char* virksomhed;
    const char* pnr;
    const char* arbejdssted;
    int fra[3];
    int til[3];
    double timer;
    const char* ydelseskode;
    const char* ydelse;
    const char* visitation;  // nullptr: none under sygedagpenge
    const char* mentor;
    bool mentor_i_virksomheden;
    const char* formaal;  // nullptr: none written
};

const Aftale AFTALER[] = {
    {"AAL-2027-1184", "0805893312", "Mette Ørum Kristensen", "25314298", "Aalborg Zoo A/S", "1003344556",
     "Aalborg Zoo, Mølleparkvej", {2027, 9, 6}, {2027, 12, 17}, 18.5, "KH", "Kontanthjælp",
     "Aktivitetsparat", "Jens Præstegaard", true,
     "Afprøvning af arbejdsevne: fodring & rengøring, løft <5 kg"},
    {"AAL-2027-1191", "2301764458", "Søren Bødker Nielsen", "29190623", "Nordjyllands Trafikselskab",
     "1018877665", "Værksted Øst; Gøteborgvej", {2027, 9, 13}, {2027, 11, 5}, 22.2, "SDP", "Sygedagpenge",
     nullptr, "Hanne Lykkegaard", false, nullptr},
};

std::string dag(const int ymd[3]) {
    std::tm tm{};
    tm.tm_year = ymd[0] - 1900;
    tm.tm_mon = ymd[1] - 1;
    tm.tm_mday = ymd[2];
    char buffer[16];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &tm);
    return buffer;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s OUT [raw|latin1]\n", argv[0]);
        return 2;
    }
    const std::string variant = argc > 2 ? argv[2] : "";
    pugi::xml_document doc;
    pugi::xml_node rod = doc.append_child("praktikaftaler");
    rod.append_attribute("kommunekode").set_value("851");
    rod.append_attribute("jobcenter").set_value("Jobcenter Aalborg");
    for (const Aftale& a : AFTALER) {
        pugi::xml_node aftale = rod.append_child("aftale");
        aftale.append_attribute("sagsnr").set_value(a.sagsnr);
        pugi::xml_node borger = aftale.append_child("borger");
        borger.append_attribute("cpr").set_value(a.cpr);
        borger.append_child("navn").text().set(a.navn);
        pugi::xml_node virksomhed = aftale.append_child("virksomhed");
        virksomhed.append_attribute("cvr").set_value(a.cvr);
        virksomhed.append_attribute("pnr").set_value(a.pnr);
        virksomhed.append_child("navn").text().set(a.virksomhed);
        virksomhed.append_child("arbejdssted").text().set(a.arbejdssted);
        pugi::xml_node periode = aftale.append_child("periode");
        periode.append_attribute("fra").set_value(dag(a.fra).c_str());
        periode.append_attribute("til").set_value(dag(a.til).c_str());
        aftale.append_child("timer_pr_uge").text().set(std::to_string(a.timer).c_str());
        pugi::xml_node ydelse = aftale.append_child("ydelse");
        ydelse.append_attribute("kode").set_value(a.ydelseskode);
        ydelse.text().set(a.ydelse);
        pugi::xml_node visitation = aftale.append_child("visitation");
        if (a.visitation != nullptr) visitation.text().set(a.visitation);
        pugi::xml_node mentor = aftale.append_child("mentor");
        mentor.append_attribute("virksomhedens_egen").set_value(a.mentor_i_virksomheden);
        mentor.text().set(a.mentor);
        pugi::xml_node sagsbehandler = aftale.append_child("sagsbehandler");
        sagsbehandler.append_child("navn").text().set("Birgitte Sønderby");
        sagsbehandler.append_child("email").text().set("bso-jobcenter@aalborg.example.dk");
        sagsbehandler.append_child("telefon").text().set("99 31 42 00");
        if (a.formaal != nullptr) aftale.append_child("formaal").append_child(pugi::node_cdata).set_value(a.formaal);
    }
    bool saved;
    if (variant == "raw") {
        saved = doc.save_file(argv[1], "\t", pugi::format_raw | pugi::format_no_declaration);
    } else if (variant == "latin1") {
        saved = doc.save_file(argv[1], "\t", pugi::format_default, pugi::encoding_latin1);
    } else {
        saved = doc.save_file(argv[1]);
    }
    return saved ? 0 : 1;
}
