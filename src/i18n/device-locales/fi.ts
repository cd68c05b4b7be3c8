import type { DeviceMessages } from '../device-en';

/** Finnish (fi): the device display. Glossary: ../glossary/fi.json. */
export const fi: DeviceMessages = {
  locale: 'fi',

  title: 'Kirjaudu sisään tällä laitteella',
  openStep: 'Avaa puhelimella tai tietokoneella {url}',
  enterStep: 'ja syötä tämä koodi:',
  codeLabel: 'Koodi:',
  scanStep: 'Tai skannaa QR-koodi puhelimesi kameralla.',
  qrAlt: 'QR-koodi, joka avaa osoitteen {url}',
  expiresInMinutes: {
    one: 'Koodi vanhenee {count} minuutin kuluttua.',
    other: 'Koodi vanhenee {count} minuutin kuluttua.',
  },
  expiresInSeconds: {
    one: 'Koodi vanhenee {count} sekunnin kuluttua.',
    other: 'Koodi vanhenee {count} sekunnin kuluttua.',
  },

  requesting: 'Haetaan koodia…',
  waiting: 'Odotetaan, että kirjaudut sisään…',
  slowDown: 'Odotetaan yhä, että kirjaudut sisään. Tarkistetaan harvemmin, kuten kirjautumispalvelu pyysi.',
  retrying: 'Kirjautumispalveluun ei juuri nyt saada yhteyttä. Tämä laite jatkaa yrittämistä automaattisesti, ja koodi on yhä voimassa.',

  approvedTitle: 'Kirjautuminen onnistui',
  approvedBody: 'Tämä laite on nyt kirjautunut sisään. Voit sulkea kirjautumissivun puhelimesta tai tietokoneesta.',
  deniedTitle: 'Kirjautuminen hylättiin',
  deniedBody: 'Pyyntö hylättiin puhelimellasi tai tietokoneellasi, joten tätä laitetta ei kirjattu sisään. Aloita alusta hakemalla uusi koodi.',
  expiredTitle: 'Koodi on vanhentunut',
  expiredBody: 'Sitä ei syötetty ajoissa. Aloita alusta hakemalla uusi koodi.',
  errorTitle: 'Kirjautuminen epäonnistui',
  network: 'Kirjautumispalveluun ei saatu yhteyttä. Tarkista tämän laitteen internetyhteys ja yritä sitten uudelleen.',
  rateLimited: 'Kirjautumispalvelu on ruuhkautunut ja pyysi tätä laitetta odottamaan. Yritä uudelleen muutaman minuutin kuluttua.',
  clientRefused: 'Kirjautumispalvelu hylkäsi tämän sovelluksen, joten sillä ei voi kirjautua tässä. Jos uusi yritys ei auta, ota yhteyttä sovelluksen tukeen.',
  serverError: 'Kirjautumispalvelussa ilmeni ongelma. Yritä uudelleen muutaman minuutin kuluttua.',
  badResponse: 'Kirjautumispalvelu lähetti vastauksen, jota tämä laite ei ymmärrä. Yritä uudelleen; jos ongelma toistuu, ota yhteyttä sovelluksen tukeen.',

  newCode: 'Hae uusi koodi',
  tryAgain: 'Yritä uudelleen',
};
