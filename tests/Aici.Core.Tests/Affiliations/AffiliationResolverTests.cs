using Aici.Core.Affiliations;

namespace Aici.Core.Tests.Affiliations;

public sealed class AffiliationResolverTests
{
    private static AffiliationResolution Resolve(string text) => TestRegistry.Resolver.Resolve(text);

    [Theory]
    [InlineData("University of Oxford")]
    [InlineData("Dept. of CS, Univ. of Oxford, Oxford OX1 3QD, UK")]
    [InlineData("Department of Computer Science, University of Oxford, Parks Road, Oxford, United Kingdom")]
    [InlineData("Mathematical Institute University of Oxford Oxford UK")]
    public void Department_and_address_around_a_name_are_ignored(string text)
    {
        AffiliationResolution result = Resolve(text);
        Assert.Equal("t0oxford1", result.Organisation?.Id);
        Assert.Equal("GB", result.Country?.Value);
        Assert.Equal(ResolutionRules.Name, result.Rule);
    }

    [Theory]
    [InlineData("Tokyo Inst. of Tech., Japan")]
    [InlineData("Dept of Physics, Tokyo Institute of Technology, Japan")]
    public void Abbreviations_are_expanded(string text) =>
        Assert.Equal("t0tokyotc", Resolve(text).Organisation?.Id);

    [Fact]
    public void An_alias_matches() =>
        Assert.Equal(ResolutionRules.Alias, Resolve("Oxford University, England").Rule);

    [Fact]
    public void A_label_in_another_language_matches()
    {
        AffiliationResolution result = Resolve("Institut für Physik, Universität Wien, Wien, Österreich");
        Assert.Equal("t0vienna1", result.Organisation?.Id);
        Assert.Equal("AT", result.Country?.Value);
    }

    [Fact]
    public void A_label_in_another_script_matches() =>
        Assert.Equal("t0kaist01", Resolve("한국과학기술원").Organisation?.Id);

    [Fact]
    public void A_name_with_its_words_in_another_order_matches()
    {
        AffiliationResolution result = Resolve("Institute of Biology, Uberlândia Federal University, MG, Brazil");
        Assert.Equal("t0uberlan", result.Organisation?.Id);
        Assert.Equal(ResolutionRules.WordSet, result.Rule);
    }

    [Fact]
    public void An_acronym_in_capitals_matches_and_in_lower_case_does_not()
    {
        Assert.Equal("t0kaist01", Resolve("School of Computing, KAIST, Daejeon, Korea").Organisation?.Id);
        Assert.Null(Resolve("we kaist the data").Organisation);
    }

    [Fact]
    public void A_shared_acronym_is_decided_by_the_place_named()
    {
        Assert.Equal("t0mitusa1", Resolve("CSAIL, MIT, Cambridge, MA 02139, USA").Organisation?.Id);
        Assert.Equal("t0mitmelb", Resolve("School of IT, MIT, Melbourne, Victoria, Australia").Organisation?.Id);
        Assert.Null(Resolve("MIT").Organisation);
    }

    [Fact]
    public void Several_institutions_in_one_string_give_several_matches()
    {
        AffiliationResolution result = Resolve("Imperial College London, UK; KAIST, Daejeon, South Korea");
        Assert.Equal(["t0imperia", "t0kaist01"], result.Matches.Select(m => m.Organisation.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["GB", "KR"], result.Countries.Select(c => c.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Trinity_College_Dublin_and_Trinity_College_Cambridge_are_told_apart()
    {
        Assert.Equal("t0trindub", Resolve("School of Physics, Trinity College Dublin, Ireland").Organisation?.Id);
        Assert.Equal("t0trincam", Resolve("Trinity College, Cambridge, UK").Organisation?.Id);
        Assert.Equal("t0trinhar", Resolve("Trinity College, Hartford, Connecticut").Organisation?.Id);
    }

    [Fact]
    public void An_ambiguous_name_without_a_place_is_unresolved()
    {
        AffiliationResolution result = Resolve("Trinity College");
        Assert.Null(result.Organisation);
        Assert.Null(result.Country);
        Assert.Equal(ResolutionRules.Unresolved, result.Rule);
    }

    [Fact]
    public void UCL_is_London_and_UCL_Australia_is_Adelaide()
    {
        AffiliationResolution ucl = Resolve("Department of Physics and Astronomy, UCL, Gower Street, London, UK");
        Assert.Equal("t0uclondn", ucl.Organisation?.Id);
        Assert.Equal("GB", ucl.Country?.Value);

        AffiliationResolution australia = Resolve("UCL Australia, Adelaide, South Australia");
        Assert.Equal("t0uclaust", australia.Organisation?.Id);
        Assert.Equal("AU", australia.Country?.Value);

        Assert.Equal("t0uclondn", Resolve("University College London").Organisation?.Id);
    }

    [Fact]
    public void A_country_named_in_the_string_disambiguates_and_contradicts()
    {
        // the name alone is Hartford's or Dublin's; the country named decides
        Assert.Equal("t0trindub", Resolve("Trinity College, Ireland").Organisation?.Id);

        // an organisation of another country is not taken when the string names a different one
        AffiliationResolution result = Resolve("Yale University, Singapore");
        Assert.Null(result.Organisation);
        Assert.Equal("SG", result.Country?.Value);
    }

    [Fact]
    public void Below_the_threshold_the_country_named_still_gives_the_country()
    {
        AffiliationResolution result = Resolve("Laboratoire Inconnu, 12 rue de Nulle Part, 69007 Lyon, France");
        Assert.Null(result.Organisation);
        Assert.Null(result.Score);
        Assert.Equal("FR", result.Country?.Value);
        Assert.Equal(ResolutionRules.CountryInString, result.Rule);
        Assert.Equal(ResolutionRules.CountryInString, result.CountryRule);
    }

    [Fact]
    public void Nothing_known_and_no_country_is_unresolved()
    {
        AffiliationResolution result = Resolve("Independent researcher");
        Assert.Empty(result.Matches);
        Assert.Null(result.Country);
        Assert.Equal(ResolutionRules.Unresolved, result.Rule);
    }

    [Fact]
    public void Hong_Kong_is_apart_from_China()
    {
        AffiliationResolution recoded = Resolve("Pearl River Institute of Optics, Tsuen Wan, New Territories");
        Assert.Equal("t0pearlri", recoded.Organisation?.Id);
        Assert.Equal("HK", recoded.Country?.Value);
        Assert.Equal(ResolutionRules.HongKong, recoded.CountryRule);

        Assert.Equal("CN", Resolve("Pearl River Institute of Optics, Shenzhen, China").Country?.Value);
        Assert.Equal("HK", Resolve("University of Hong Kong, Pokfulam, Hong Kong SAR, China").Country?.Value);
        Assert.Equal("HK", Resolve("Some Lab, Kowloon, China").Country?.Value);
    }

    [Fact]
    public void Multinationals_go_to_the_transnational_bucket_when_asked()
    {
        const string text = "Acme Robotics, Boston, MA, USA";
        AffiliationResolution plain = TestRegistry.Resolver.Resolve(text);
        Assert.Equal("t0acmeusa", plain.Organisation?.Id);
        Assert.Equal("US", plain.Country?.Value);

        AffiliationResolution bucket = TestRegistry.Transnational.Resolve(text);
        Assert.Equal("t0acmeusa", bucket.Organisation?.Id);
        Assert.Equal(Transnationals.Code, bucket.Country);
        Assert.Equal(ResolutionRules.Transnational, bucket.CountryRule);

        // a company of the reviewed list with no registry record
        Assert.Equal("GB", TestRegistry.Resolver.Resolve("Google DeepMind").Country?.Value);
        Assert.Equal(ResolutionRules.CompanyList, TestRegistry.Resolver.Resolve("Google DeepMind").Rule);
        Assert.Equal("CH", TestRegistry.Resolver.Resolve("Google Research, Zurich, Switzerland").Country?.Value);
        Assert.Equal(Transnationals.Code, TestRegistry.Transnational.Resolve("Google Research, Zurich, Switzerland").Country);
    }

    [Fact]
    public void A_subsidiary_needs_its_place_named()
    {
        // "Acme Robotics" alone is the parent company; with Bristol named it is the British subsidiary
        Assert.Equal("t0acmeusa", Resolve("Acme Robotics").Organisation?.Id);
        Assert.Equal("t0acmeukk", Resolve("Acme Robotics, Bristol, UK").Organisation?.Id);
    }

    [Fact]
    public void A_typo_in_a_common_word_is_forgiven() =>
        Assert.Equal("t0oxford1", Resolve("Univeristy of Oxford, UK").Organisation?.Id);

    [Fact]
    public void A_school_names_its_university_partly()
    {
        AffiliationResolution result = Resolve("Department of Pathology, Yale School of Medicine, New Haven, CT");
        Assert.Equal("t0yaleuni", result.Organisation?.Id);
        Assert.Equal(ResolutionRules.Partial, result.Rule);
    }

    [Fact]
    public void A_unit_named_after_a_subject_is_not_a_partial_match() =>
        Assert.Null(Resolve("Department of Optics, Pearl River Hospital").Organisation);

    [Fact]
    public void The_universities_list_gives_a_country_without_an_id()
    {
        AffiliationResolution result = Resolve("Kingsbridge Academy of Arts");
        Assert.Null(result.Organisation);
        Assert.Equal("NZ", result.Country?.Value);
        Assert.Equal(ResolutionRules.UniversityList, result.Rule);
    }

    [Fact]
    public void Inactive_organisations_still_match() =>
        Assert.Equal("t0closed1", Resolve("Old Polytechnic of Nowhere, Leeds").Organisation?.Id);

    [Fact]
    public void Results_are_deterministic()
    {
        const string text = "Imperial College London, UK; KAIST, Daejeon, South Korea; MIT, Cambridge, MA";
        AffiliationResolution a = Resolve(text);
        AffiliationResolution b = new AffiliationResolver(OrganisationIndex.Build(TestRegistry.Organisations.Reverse())).Resolve(text);
        Assert.Equal(a.Matches.Select(m => (m.Organisation.Id, m.Score)), b.Matches.Select(m => (m.Organisation.Id, m.Score)));
    }
}
