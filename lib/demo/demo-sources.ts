/** Reference documents cited by the demo annotations (URL + title; the quote is per citation). */

export type DemoSource = { url: string; title: string; quote: string };

type SourceRef = { url: string; title: string };

const REF = {
  ica: {
    url: "https://www.dni.gov/files/ODNI/documents/assessments/ICA-declass-16MAR21.pdf",
    title:
      "ODNI / National Intelligence Council: Foreign Threats to the 2020 US Federal Elections (ICA 2020-00078D, declassified 15 March 2021)",
  },
  irishTimes: {
    url: "https://www.irishtimes.com/news/world/us/vladimir-putin-likely-directed-2020-us-election-meddling-1.4512733",
    title: "The Irish Times, 17 March 2021: Reuters copy of the original story",
  },
  straitsTimes: {
    url: "https://www.straitstimes.com/world/europe/putin-likely-directed-meddling-in-2020-us-election-report",
    title: "The Straits Times, 18 March 2021: Reuters copy of the original story",
  },
  dailyHerald: {
    url: "https://thedailyherald.sx/us/putin-likely-directed-us-election-meddling",
    title: "The Daily Herald (Sint Maarten): Reuters copy of the original story",
  },
  voa: {
    url: "https://www.voanews.com/usa/us-politics/us-report-says-russia-not-china-tried-influence-2020-election",
    title:
      "VOA (by Reuters), 16 March 2021: US Report Says Russia, Not China, Tried to Influence 2020 Election",
  },
  cbc: {
    url: "https://www.cbc.ca/news/world/russia-biden-trump-election-interference-1.5952076",
    title:
      "CBC News: Russia interfered in U.S. election, likely at Putin's behest, intelligence report says",
  },
  rferl: {
    url: "https://www.rferl.org/a/five-things-us-intelligence-report-russian-election-interference/31156225.html",
    title:
      "RFE/RL: Five Things To Know About The U.S. Intelligence Report On Russian Election Interference",
  },
  wikiInterference2020: {
    url: "https://en.wikipedia.org/wiki/Russian_interference_in_the_2020_United_States_elections",
    title: "Wikipedia: Russian interference in the 2020 United States elections",
  },
  wpDerkachSanctions: {
    url: "https://www.washingtonpost.com/national-security/election-interference-sanctions-ukraine/2020/09/10/ba537510-f382-11ea-9279-45d6bdfe145f_story.html",
    title:
      "The Washington Post, 10 Sept. 2020: U.S. sanctions Ukrainian lawmaker tied to Giuliani as 'active Russian agent'",
  },
  wpDerkachTapes: {
    url: "https://www.washingtonpost.com/national-security/for-months-trump-allies-hunted-for-tapes-of-biden-in-ukraine-now-theyre-turning-up/2020/06/30/f3aeaba8-a67b-11ea-8681-7d471bf20207_story.html",
    title:
      "The Washington Post, 30 June 2020: Hunt for Biden tapes in Ukraine by Trump allies revives prospect of foreign interference",
  },
  cbsDerkach: {
    url: "https://cbsnews.com/amp/news/united-states-sanctions-ukrainian-andrii-derkach-member-parlaiment-election-interference",
    title: "CBS News: U.S. sanctions pro-Russia Ukrainian lawmaker over election interference",
  },
  cnetMueller: {
    url: "https://www.cnet.com/news/politics/mueller-report-dives-into-russian-election-interference-and-trump-campaign/",
    title: "CNET: Mueller report dives into Russian election interference and Trump campaign",
  },
  ktvaMueller: {
    url: "https://www.ktva.com/story/40328678/barr-set-to-release-redacted-mueller-report-live-updates",
    title: "KTVA / CBS News live updates on the release of the Mueller report (April 2019)",
  },
  biImpeachedTwice: {
    url: "https://www.businessinsider.in/politics/world/news/trump-becomes-first-president-to-be-impeached-twice-as-house-charges-him-with-inciting-an-insurrection/articleshow/80260200.cms",
    title: "Business Insider: Trump becomes first president to be impeached twice",
  },
  wpImpeachment2019: {
    url: "https://www.washingtonpost.com/politics/trump-impeachment-live-updates/2019/12/11/a5b7a6be-1c03-11ea-b4c1-fd0d91b60d9e_story.html",
    title: "The Washington Post, 11 Dec. 2019: impeachment live updates",
  },
  nationalReviewIran: {
    url: "https://www.nationalreview.com/news/iran-intervened-in-2020-election-to-undercut-trump-intel-report-says/",
    title:
      "National Review: Iran Intervened in 2020 Election to 'Undercut' Trump, Intel Report Says",
  },
  radioFardaJcpoa: {
    url: "https://en.radiofarda.com/amp/trump-says-united-states-pulls-out-from-iran-nuclear-deal/29215819.html",
    title:
      "Radio Farda (RFE/RL), 8 May 2018: Trump Says United States Pulls Out From Iran Nuclear Deal",
  },
  wpChina: {
    url: "https://www.washingtonpost.com/politics/2021/03/17/intel-report-provides-striking-rebuke-trump-teams-claims-about-chinas-election-interference/",
    title:
      "The Washington Post, 17 March 2021: A striking rebuke to Trump team's claims about China's election interference",
  },
  nationalPostNavalny: {
    url: "https://nationalpost.com/pmn/news-pmn/crime-pmn/u-s-imposes-sanctions-on-russia-over-poisoning-of-navalny-2",
    title:
      "National Post (wire), 2 March 2021: U.S. imposes sanctions on Russia over poisoning of Navalny",
  },
  apSanctionsApril: {
    url: "https://ksltv.com/459938/us-expels-russian-diplomats-imposes-new-round-of-sanctions/",
    title: "AP via KSL, 15 April 2021: US Expels Russian Diplomats, Imposes New Round Of Sanctions",
  },
  engadgetSolarWinds: {
    url: "https://www.engadget.com/us-intelligence-agencies-fbi-nsa-cisa-solarwinds-hack-russia-111518166.html",
    title:
      "Engadget, 5 Jan. 2021, on the FBI/CISA/ODNI/NSA joint statement about the SolarWinds hack",
  },
  reutersBounties: {
    url: "https://www.reuters.com/article/us-usa-afghanistan-russia-taliban/kremlin-calls-reports-of-russian-bounties-to-kill-us-troops-lies-idUSKBN24016F",
    title: "Reuters, 29 June 2020: Kremlin rejects reports of Russian bounties to kill U.S. troops",
  },
  bbcManafort: {
    url: "https://www.bbc.com/news/world-us-canada-55433522",
    title:
      "BBC News, 24 Dec. 2020: Trump pardons: Paul Manafort, Roger Stone and Charles Kushner granted clemency",
  },
} as const satisfies Record<string, SourceRef>;

export type SourceKey = keyof typeof REF;

/** A citation of a reference document with a short verbatim passage from it. */
export function cite(key: SourceKey, quote: string): DemoSource {
  const { url, title } = REF[key];
  return { url, title, quote };
}
