namespace Aici.Core.Affiliations;

/// <summary>
/// A small reviewed list of multinational companies that publish AI research, with the country of their headquarters
/// and the names their research units sign with. The 2020 study put multinationals in a "Transnationals" bucket; with
/// <see cref="ResolverOptions.Transnational"/> Aici does the same for these companies and for registry companies
/// with subsidiaries in several countries. Without the option a company gets the country named in the affiliation,
/// else its headquarters' country. Named regional labs whose country the name does not say carry their own country.
/// Reviewed by hand; add a company only when it has research staff in several countries.
/// </summary>
internal static class MultinationalCompanies
{
    /// <summary>Names (any of which may be used), headquarters country.</summary>
    public static readonly (string[] Names, string Country)[] All =
    [
        (["Google", "Google Research", "Google Brain", "Google AI", "Google Cloud", "Google Cloud AI", "Alphabet", "Google LLC"], "US"),
        (["DeepMind", "Google DeepMind"], "GB"),
        (["Microsoft", "Microsoft Research", "Microsoft Corporation", "Microsoft Research AI", "Microsoft Cloud and AI"], "US"),
        (["Microsoft Research Asia", "MSRA"], "CN"),
        (["Facebook", "Facebook AI Research", "Facebook AI", "Facebook Reality Labs", "Meta", "Meta AI", "Meta Platforms",
          "Meta Reality Labs", "Reality Labs", "Meta FAIR"], "US"),
        (["Amazon", "Amazon Research", "Amazon Web Services", "AWS AI", "AWS AI Labs", "Amazon AGI", "Amazon Alexa AI"], "US"),
        (["Apple", "Apple Inc"], "US"),
        (["IBM", "IBM Research", "IBM Research AI", "IBM T. J. Watson Research Center", "IBM Thomas J. Watson Research Center"], "US"),
        (["Intel", "Intel Labs", "Intel Corporation"], "US"),
        (["NVIDIA", "NVIDIA Research", "Nvidia Corporation"], "US"),
        (["Adobe", "Adobe Research", "Adobe Systems"], "US"),
        (["Qualcomm", "Qualcomm AI Research", "Qualcomm Technologies"], "US"),
        (["Salesforce", "Salesforce Research", "Salesforce AI Research"], "US"),
        (["Oracle", "Oracle Labs"], "US"),
        (["Cisco", "Cisco Systems"], "US"),
        (["Uber", "Uber AI Labs", "Uber ATG", "Uber AI"], "US"),
        (["Netflix"], "US"),
        (["Disney Research", "Walt Disney Company", "Disney"], "US"),
        (["Snap", "Snap Research", "Snap Inc", "Snapchat"], "US"),
        (["Twitter", "Twitter Cortex"], "US"),
        (["Yahoo", "Yahoo Research", "Yahoo Labs"], "US"),
        (["Samsung", "Samsung Electronics", "Samsung Research", "Samsung AI Center", "Samsung Advanced Institute of Technology", "SAIT"], "KR"),
        (["LG Electronics", "LG AI Research", "LG Corporation"], "KR"),
        (["Naver", "Naver Corp", "Naver Labs", "Naver Clova", "Clova AI Research"], "KR"),
        (["Sony", "Sony AI", "Sony Corporation", "Sony Group Corporation", "Sony Research"], "JP"),
        (["NEC", "NEC Corporation", "NEC Laboratories", "NEC Labs"], "JP"),
        (["Fujitsu", "Fujitsu Laboratories", "Fujitsu Research"], "JP"),
        (["Hitachi", "Hitachi Ltd"], "JP"),
        (["Toshiba", "Toshiba Corporation"], "JP"),
        (["Panasonic", "Panasonic Corporation"], "JP"),
        (["Canon", "Canon Inc"], "JP"),
        (["NTT", "NTT Corporation", "NTT Communication Science Laboratories"], "JP"),
        (["Huawei", "Huawei Technologies", "Huawei Noah's Ark Lab", "Noah's Ark Lab", "Huawei Cloud"], "CN"),
        (["Alibaba", "Alibaba Group", "Alibaba DAMO Academy", "DAMO Academy", "Alibaba Cloud"], "CN"),
        (["Tencent", "Tencent AI Lab", "Tencent ARC Lab", "Tencent Youtu Lab", "Tencent PCG"], "CN"),
        (["Baidu", "Baidu Research", "Baidu Inc"], "CN"),
        (["ByteDance", "ByteDance Research", "ByteDance AI Lab", "TikTok"], "CN"),
        (["Siemens", "Siemens AG", "Siemens Healthineers"], "DE"),
        (["Bosch", "Robert Bosch", "Bosch Research", "Bosch Center for Artificial Intelligence"], "DE"),
        (["SAP", "SAP SE"], "DE"),
        (["Philips", "Philips Research"], "NL"),
        (["Nokia", "Nokia Bell Labs", "Nokia Technologies"], "FI"),
        (["Ericsson", "Ericsson Research"], "SE"),
        (["ABB", "ABB Research"], "CH"),
        (["Accenture", "Accenture Labs"], "IE"),
        (["Tata Consultancy Services", "TCS Research", "TCS Innovation Labs"], "IN"),
        (["Infosys"], "IN"),
        (["Xerox", "Xerox Research", "Xerox PARC"], "US"),
        (["Spotify"], "SE"),
        (["Ubisoft", "Ubisoft La Forge"], "FR"),
        (["Electronic Arts"], "US"),
        (["Autodesk", "Autodesk Research"], "US"),
        (["Unity Technologies"], "US"),
    ];
}
