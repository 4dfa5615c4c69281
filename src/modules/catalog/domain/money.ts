import { InvalidProductError } from './catalog.errors';

/** ISO 4217 active codes accepted for prices. */
export const CURRENCY_CODES: readonly string[] = (
  'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF ' +
  'CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG ' +
  'HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA ' +
  'MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD ' +
  'RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX ' +
  'USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL'
).split(' ');

const CURRENCIES = new Set(CURRENCY_CODES);

/** Largest accepted amount in minor units: 10 billion major units, far below Number.MAX_SAFE_INTEGER. */
export const MAX_AMOUNT = 1_000_000_000_000;

/** A price in minor units (e.g. cents) of an ISO 4217 currency. */
export interface Money {
  amount: number;
  currency: string;
}

export function money(amount: number, currency: string): Money {
  if (!Number.isSafeInteger(amount) || amount < 0 || amount > MAX_AMOUNT) {
    throw new InvalidProductError(
      `price.amount must be a whole number of minor units between 0 and ${MAX_AMOUNT}`,
      'catalog.invalid-price',
      'price.amount',
    );
  }
  if (!CURRENCIES.has(currency)) {
    throw new InvalidProductError(
      `price.currency must be an ISO 4217 code such as EUR or USD, got "${currency}"`,
      'catalog.invalid-currency',
      'price.currency',
    );
  }
  return { amount, currency };
}
