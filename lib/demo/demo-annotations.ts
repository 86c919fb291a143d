import { cite, type DemoSource } from "./demo-sources";

export type DemoAnnotationStatus = "sourced" | "disputed" | "unverified";

export type DemoAnnotation = {
  author: "alice" | "bob";
  status: DemoAnnotationStatus;
  /** Exact text of the highlighted span in the article body. */
  quote: string;
  /** 0-based occurrence of `quote` in the body, if it occurs several times. */
  occurrence?: number;
  /** Markdown. */
  note: string;
  sources: DemoSource[];
};

/**
 * A fact-check of the machine-reworded copy against the Reuters original (as syndicated) and the
 * declassified ICA. Some spans overlap on purpose (a sentence and a phrase inside it).
 */
export const DEMO_ANNOTATIONS: readonly DemoAnnotation[] = [
  {
    author: "bob",
    status: "disputed",
    quote:
      "is likely to make efforts to try to turn the US presidential election in 2020 to Donald Trump",
    note: "Tense and meaning changed. The original says Putin *likely directed* efforts to swing the 2020 election, in the past; the assessment itself says Putin **authorized** influence operations. This copy turns a finding about the past into a forecast.",
    sources: [
      cite(
        "irishTimes",
        "Russian president Vladimir Putin likely directed efforts to try to swing the 2020 US presidential election to Donald Trump",
      ),
      cite(
        "ica",
        "Russian President Putin authorized, and a range of Russian government organizations conducted, influence operations aimed at denigrating President Biden's candidacy",
      ),
    ],
  },
  {
    author: "alice",
    status: "sourced",
    quote: "released on Tuesday",
    note: 'Correct: ODNI released the declassified assessment on Tuesday, 16 March 2021, the day before this copy\'s dateline. The document itself is dated 10 March and was declassified on 15 March, so "Tuesday" should not be read as the declassification date.',
    sources: [
      cite("rferl", "The conclusions, released on March 16"),
      cite("ica", "DECLASSIFIED by DNI Haines on 15 March 2021"),
    ],
  },
  {
    author: "bob",
    status: "disputed",
    quote:
      "The 15-page report, released by the Office of the Director of National Intelligence, raised long-standing allegations that some of Trump’s top lieutenants were playing into Moscow’s hands by reinforcing allegations against then-candidate Joe Biden of Russian-affiliated Ukrainian figures ahead of the November 3 election.",
    note: "Garbled. The original says the report *added heft to* long-standing allegations that Trump's lieutenants *amplified claims made against Biden by* Russian-linked Ukrainian figures. Here the allegations read as being *about* the Ukrainian figures, and the assessment's point that the claims were misleading or unsubstantiated is lost.",
    sources: [
      cite(
        "irishTimes",
        "added heft to longstanding allegations that some of Mr Trump’s top lieutenants were playing into Moscow’s hands by amplifying claims made against then-candidate Joe Biden by Russian-linked Ukrainian figures",
      ),
      cite(
        "wikiInterference2020",
        "promoted and laundered misleading or unsubstantiated narratives about Joe Biden",
      ),
    ],
  },
  {
    author: "alice",
    status: "sourced",
    quote: "The 15-page report, released by the Office of the Director of National Intelligence",
    note: "Length and publisher check out: a 15-page declassified assessment published by ODNI (prepared by the National Intelligence Council).",
    sources: [
      cite(
        "cbc",
        "The assessment was made in a 15-page declassified report into election interference released Tuesday by the U.S. Office of the Director of National Intelligence.",
      ),
    ],
  },
  {
    author: "bob",
    status: "disputed",
    quote: "Putin either monitored or at least approved of the election in favor of Trump",
    note: "A word was lost in rewording: the original says Putin oversaw or approved of *the election meddling* to benefit Trump. As written, the sentence says Putin approved of the election itself.",
    sources: [
      cite(
        "irishTimes",
        "It also added new findings that Mr Putin either oversaw or at least approved of the election meddling to benefit Trump.",
      ),
    ],
  },
  {
    author: "alice",
    status: "unverified",
    quote:
      "Washington is expected to impose sanctions on Moscow as soon as next week because of the allegations, three sources said on condition of anonymity.",
    note: "Rests only on anonymous sources, and the syndicated copies of the original disagree on how many (*three* in The Straits Times, *two* in The Daily Herald). The prediction did not hold as stated: sanctions and expulsions for election interference and the SolarWinds hack came on 15 April 2021.",
    sources: [
      cite("straitsTimes", "three sources said on condition of anonymity"),
      cite(
        "dailyHerald",
        "Washington is expected to impose sanctions on Moscow as soon as next week because of the allegations, two sources said on condition of anonymity.",
      ),
      cite(
        "apSanctionsApril",
        "The Biden administration on Thursday announced the expulsion of 10 Russian diplomats and sanctions against nearly three dozen people and companies",
      ),
    ],
  },
  {
    author: "bob",
    status: "disputed",
    quote: "hired unnamed US politicians in his campaign",
    note: "Nothing in the report or the original story says Derkach *hired* anyone. The original says Russia-backed figures *enlisted unnamed U.S. political figures*. The assessment describes using prominent US persons and media to launder narratives, not paying politicians.",
    sources: [
      cite(
        "dailyHerald",
        "enlisted unnamed U.S. political figures in their campaign to smear Biden and his son Hunter",
      ),
      cite(
        "wikiInterference2020",
        "promoted and laundered misleading or unsubstantiated narratives about Joe Biden",
      ),
    ],
  },
  {
    author: "alice",
    status: "sourced",
    quote: "who met Trump’s lawyer Rudy Giuliani in 2019",
    note: "Confirmed: Giuliani met Derkach in Kyiv in late 2019, and Derkach later visited him in New York.",
    sources: [cite("wpDerkachSanctions", "Giuliani met Derkach in Kyiv late last year")],
  },
  {
    author: "alice",
    status: "disputed",
    quote: "Putin was convinced of Andriy Derkach’s activities",
    note: 'Misquotation. The report says Putin *had purview over* Derkach\'s activities, meaning authority or oversight. "Was convinced of" changes the finding and should not appear inside quotation marks.',
    sources: [
      cite(
        "irishTimes",
        "“Putin had purview over the activities of Andriy Derkach,” the report said.",
      ),
      cite("ica", "had purview over the activities of Andriy Derkach"),
    ],
  },
  {
    author: "bob",
    status: "disputed",
    quote:
      "Other senior officials also took part in Russia’s electoral influence – including senior national security and intelligence officials who we believe would not act without at least getting Putin’s tacit approval.",
    note: "Quoted text altered. The report says *participated in Russia's election influence efforts* and *who we assess would not act without receiving at least Putin's tacit approval*. \"Assess\" is the intelligence community's term for an analytic judgment; a direct quotation must keep it.",
    sources: [
      cite(
        "irishTimes",
        "Other senior officials also participated in Russia’s election influence efforts - including senior national security and intelligence officials who we assess would not act without receiving at least Putin’s tacit approval.",
      ),
    ],
  },
  {
    author: "alice",
    status: "sourced",
    quote: "Democrat Biden defeated Republican Trump and became president in January.",
    note: "Correct: Biden won the 3 November 2020 election and took office on 20 January 2021.",
    sources: [
      cite(
        "cbc",
        "Biden, a Democrat, defeated Trump, a Republican, and became president on Jan. 20.",
      ),
      cite("voa", "Biden defeated Trump and took office on January 20."),
    ],
  },
  {
    author: "bob",
    status: "sourced",
    quote:
      "US intelligence services and former Special Counsel Robert Mueller previously concluded that Russia also intervened in the 2016 US election",
    note: 'Well established: the January 2017 intelligence assessment and the Mueller report both found Russian interference in 2016. The rewording ("intervened", "increase Trump\'s candidacy") is clumsy but does not change the fact.',
    sources: [
      cite(
        "cnetMueller",
        "The Russian government interfered in the 2016 presidential election in sweeping and systematic fashion",
      ),
    ],
  },
  {
    author: "alice",
    status: "sourced",
    quote: "Mueller found extensive contacts between the Trump campaign and Russia.",
    note: "Consistent with the Mueller report, which documented numerous contacts between the campaign and Russian individuals. It did *not* establish a criminal conspiracy, which this sentence does not claim.",
    sources: [
      cite(
        "ktvaMueller",
        "The report also details numerous contacts between Russian officials and Trump aides.",
      ),
    ],
  },
  {
    author: "alice",
    status: "disputed",
    quote:
      "The US House of Representatives accused Trump in 2019 – the first of two times – of accusations stemming from his request that Ukraine investigate Biden’s.",
    note: 'Garbled and truncated. The House *impeached* Trump in December 2019 on charges of abuse of power and obstruction of Congress, arising from his request that Ukraine investigate Biden. "Accused ... of accusations" and the dangling "Biden\'s" come from the rewording.',
    sources: [
      cite(
        "biImpeachedTwice",
        "He was previously impeached on charges of abuse of power and obstruction of Congress related to the Ukraine scandal.",
      ),
      cite(
        "wpImpeachment2019",
        "to pressure Ukrainian President Volodymyr Zelensky to launch an investigation of former vice president Joe Biden and his son Hunter Biden",
      ),
    ],
  },
  {
    author: "bob",
    status: "sourced",
    quote: "the first of two times",
    note: "Correct: the House impeached Trump again on 13 January 2021, for incitement of insurrection. He was the first president to be impeached twice.",
    sources: [cite("biImpeachedTwice", "Trump is the first president to be impeached twice.")],
  },
  {
    author: "bob",
    status: "disputed",
    quote: "“versatile secret influence campaign” by Iran aimed at underestimating Trump",
    note: 'Two errors. The quoted phrase is *multi-pronged covert influence campaign*; words inside quotation marks must not be reworded. And the campaign aimed at **undercutting** Trump\'s reelection prospects, not "underestimating" him.',
    sources: [
      cite(
        "nationalReviewIran",
        "“We assess that Iran carried out a multi-pronged covert influence campaign intended to undercut former President Trump’s reelection prospects”",
      ),
      cite(
        "voa",
        'a "multi-pronged covert influence campaign" by Iran intended to undercut Trump\'s support',
      ),
    ],
  },
  {
    author: "alice",
    status: "sourced",
    quote:
      "As president, Trump pulled the United States out of a multilateral nuclear deal with Iran and imposed new sanctions.",
    note: "Correct: on 8 May 2018 Trump announced US withdrawal from the 2015 Joint Comprehensive Plan of Action and the reinstatement of sanctions.",
    sources: [
      cite(
        "radioFardaJcpoa",
        '"I am announcing today that the United States will withdraw from the Iran nuclear deal," Trump said on May 8.',
      ),
    ],
  },
  {
    author: "alice",
    status: "disputed",
    quote:
      "The report also punctuated a counter-report driven by Trump’s allies that China intervened on Biden’s behalf and the conclusion that Beijing “did not use interference.”",
    note: 'Meaning inverted by rewording. The original says the report *punctures a counter-narrative* pushed by Trump\'s allies (that China interfered for Biden) by *concluding* that Beijing did not deploy interference efforts. "Punctuated a counter-report" suggests the report endorsed that claim.',
    sources: [
      cite(
        "voa",
        "The report also punctures a counter-narrative pushed by Trump's allies that China was interfering on Biden's behalf, concluding that Beijing \"did not deploy interference efforts.\"",
      ),
    ],
  },
  {
    author: "bob",
    status: "disputed",
    quote: "“did not use interference.”",
    note: "Misquotation: the report's wording is *did not deploy interference efforts* (high confidence).",
    sources: [
      cite("ica", "We assess that China did not deploy interference efforts"),
      cite("wpChina", "The report states that China “did not deploy interference efforts.”"),
    ],
  },
  {
    author: "bob",
    status: "disputed",
    quote:
      "did not consider the election results to be favorable enough for China to risk recurrence if captured",
    note: 'Quotation mangled by machine rewording: *did not view either election outcome as being advantageous enough for China to risk blowback if caught*. "Recurrence if captured" is meaningless here.',
    sources: [
      cite(
        "voa",
        "China sought stability in its relationship with the United States and did not view either election outcome as being advantageous enough for China to risk blowback if caught",
      ),
    ],
  },
  {
    author: "alice",
    status: "disputed",
    quote:
      "“in general, we believe they were smaller in scale than those conducted by Russia and Iran.”",
    note: "Minor misquotation: the report says *we assess*, not *we believe*. The substance (Cuba, Venezuela and Hezbollah made smaller efforts than Russia and Iran) is accurate.",
    sources: [
      cite(
        "voa",
        "in general, we assess that they were smaller in scale than those conducted by Russia and Iran.",
      ),
    ],
  },
  {
    author: "alice",
    status: "sourced",
    quote:
      "noted the US move to respond to Russia’s alleged chemical weapons against Kremlin critic Alexei Navalny",
    note: 'Refers to the sanctions of 2 March 2021 over the nerve-agent poisoning of Navalny. The fact is right; the wording drops *attack* ("alleged chemical weapons *attack* on").',
    sources: [
      cite(
        "nationalPostNavalny",
        "The United States on Tuesday announced sanctions on senior Russian government officials and Russian entities in response to what U.S. officials said was Moscow’s attempt to kill opposition leader Alexei Navalny with a nerve agent.",
      ),
    ],
  },
  {
    author: "alice",
    status: "unverified",
    quote: "“There will be more soon,” the official said on condition of anonymity.",
    note: "Attributed to an unnamed US official; cannot be checked independently. Treat as reported speech, not as an established fact.",
    sources: [],
  },
  {
    author: "bob",
    status: "unverified",
    quote:
      "Two sources told Reuters that the sanctions could address the hacking of Russia, which used the US company SolarWinds Corp to infiltrate US government networks, and reports that Russia offered bounties to Taliban-linked militants to kill coalition forces in Afghanistan.",
    note: "The scope of future sanctions rests on two anonymous sources and was unconfirmed at publication. The April 2021 measures did cover election interference and the SolarWinds hack.",
    sources: [
      cite(
        "apSanctionsApril",
        "The Biden administration on Thursday announced the expulsion of 10 Russian diplomats and sanctions against nearly three dozen people and companies",
      ),
    ],
  },
  {
    author: "alice",
    status: "disputed",
    quote: "the hacking of Russia, which used the US company SolarWinds Corp",
    note: 'Garbled attribution: "the hacking of Russia" reads as if Russia was the victim. The original refers to *Russia\'s* hacking, which used SolarWinds software to get into US government networks. US agencies had attributed the intrusion to an actor "likely Russian in origin".',
    sources: [cite("engadgetSolarWinds", "“likely Russian in origin.”")],
  },
  {
    author: "bob",
    status: "disputed",
    quote: "abolished allegations of bounties",
    note: 'Wrong verb: Moscow *rejected* (denied) the bounty allegations; the Kremlin called the reports "lies". It cannot "abolish" an allegation.',
    sources: [
      cite(
        "reutersBounties",
        "The Kremlin on Monday rejected as “lies” media reports that Russian forces had offered to pay Taliban-linked militants to kill U.S. soldiers in Afghanistan.",
      ),
    ],
  },
  {
    author: "bob",
    status: "unverified",
    quote:
      "Derkach released four audio recordings to suggest that Biden was trying to protect his son Hunter from a corruption probe in Ukraine",
    note: 'The count ("four") could not be matched in the public record. Derkach released several batches of edited recordings between May and July 2020, and the Treasury called the material unsubstantiated. Reporting on the tapes found they did not back the claim that Biden acted to protect his son.',
    sources: [
      cite(
        "cbsDerkach",
        "Derkach released edited audio tapes and other unsubstantiated information between May and July that aimed to discredit unnamed U.S. officials",
      ),
      cite(
        "wpDerkachTapes",
        "The tapes do not provide evidence to back Giuliani’s long-standing accusation that Biden sought to have him fired to block an investigation of a gas company that had hired his son Hunter.",
      ),
    ],
  },
  {
    author: "alice",
    status: "sourced",
    quote: "Trump pardoned Manafort last year",
    note: "Correct: Trump pardoned Manafort on 23 December 2020. Manafort was convicted in cases brought by Mueller's office.",
    sources: [
      cite(
        "bbcManafort",
        "US President Donald Trump has pardoned former campaign manager Paul Manafort, ex-adviser Roger Stone and the father of Trump's son-in-law.",
      ),
    ],
  },
  {
    author: "bob",
    status: "sourced",
    quote:
      "Russian agents also tried to hack into subsidiaries of the Ukrainian energy company Burisma",
    note: "Supported by the assessment, which describes a GRU phishing campaign against Burisma subsidiaries. Note that the quotation that follows reads *probably* where the report says *likely*.",
    sources: [
      cite(
        "ica",
        "conducted a phishing campaign against subsidiaries of Burisma holdings, likely in an attempt to gather information related to President Biden's family",
      ),
    ],
  },
];
