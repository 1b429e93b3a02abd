// Ringkøbing-Skjern's job centre web app writes its placement agreement with xmlbuilder2 (npm), from the
// object it keeps for the case: attributes as '@' keys, text as '#', the days as the browser shows them
// (toLocaleDateString('da-DK'), 5.10.2026), the hours a number. Invented for the thirty-seventh onboarding
// trial (decision 0060, "Stop 63: trial-84"); run by tools/make_fixtures_onboarding_thirtyseventh.py,
// which prints nothing of its own: the XML is this program's stdout.
'use strict';
const { create } = require('xmlbuilder2');

// The case's days at noon, local time: the app stores them as Date objects.
const day = (y, m, d) => new Date(y, m - 1, d, 12).toLocaleDateString('da-DK');

const aftale = {
  praktikaftale: {
    '@xmlns': 'urn:rksk:jobcenter:praktik:3',
    '@sagsnr': 'RKSK-2026-04417',
    '@oprettet': '2026-09-24T08:41:07.512Z',
    borger: {
      '@cpr': '230491-5562',
      navn: 'Sofie Kjærgaard Lund',
      ydelse: { '@kode': 'KH', '#': 'Kontanthjælp' },
      visitation: 'Aktivitetsparat',
    },
    virksomhed: {
      '@cvr': '31457823',
      navn: 'Vestjysk Maskinservice A/S',
      arbejdssted: { '@pnr': '1017733264', '#': 'Vestjysk Maskinservice, Tarm' },
    },
    periode: { fra: day(2026, 10, 5), til: day(2026, 12, 27) },
    timer: { '@pr': 'uge', '#': 18.5 },
    mentor: { '@ansat': 'virksomhed', '#': 'Henrik Østergaard' },
    sagsbehandler: { navn: 'Mette Lykke Damgaard', email: 'mette.damgaard@rksk.example.dk', telefon: '99 74 15 22' },
    formaal: 'Afklaring af arbejdsevne på lager & værksted.\nOplæring i truckkørsel.',
  },
};

process.stdout.write(create({ version: '1.0', encoding: 'UTF-8' }, aftale).end({ prettyPrint: true }) + '\n');
