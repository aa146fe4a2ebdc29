using Hl7.Fhir.Model;

namespace Linkwork.Interop.Fhir;

/// <summary>
/// The server's CapabilityStatement, in the spirit of the SDOHCC Coordination Platform and Referral Recipient
/// statements but claiming only what <see cref="FhirSearchSupport"/> lists: it does not "instantiate" them, since
/// it does not offer everything they ask for.
/// </summary>
public static class FhirCapability
{
    public static CapabilityStatement Build(string baseUrl, DateTimeOffset published, string softwareVersion)
    {
        var rest = new CapabilityStatement.RestComponent
        {
            Mode = CapabilityStatement.RestfulCapabilityMode.Server,
            Documentation = new Markdown("Referrals into social prescribing programmes and onward to community services as SDOHCC Task and ServiceRequest, with the people referred "
                + "and the community directory. Providers move their Tasks by PUT or JSON Patch and record what was done as a Procedure; "
                + "a transaction Bundle (Patient, ServiceRequest, Task) refers someone into the programme or on to a community service; "
                + "Subscriptions (rest-hook) tell a client of its Tasks' moves."),
            Security = new CapabilityStatement.SecurityComponent
            {
                Cors = false,
                Description = new Markdown("Every interaction but this statement needs an API client's bearer token (Authorization: Bearer lwk_...). "
                    + "A provider organisation's client sees only the referrals sent to it and the details the person consented to share; "
                    + "a referrer's client sees the referrals into the programme it made; a programme's client sees its programme. Every read of a person's data is audited."),
            },
        };
        foreach (var support in FhirSearchSupport.Resources)
        {
            var resource = new CapabilityStatement.ResourceComponent
            {
                TypeElement = new Code<ResourceType>(Enum.Parse<ResourceType>(support.Type)),
                Versioning = support.Versioned ? CapabilityStatement.ResourceVersionPolicy.Versioned : CapabilityStatement.ResourceVersionPolicy.NoVersion,
                ReadHistory = support.History,
                UpdateCreate = false,
                ConditionalCreate = support.ConditionalCreate,
                ConditionalUpdate = false,
                ConditionalDelete = CapabilityStatement.ConditionalDeleteStatus.NotSupported,
                SearchInclude = support.Includes,
                SearchRevInclude = support.RevIncludes ?? [],
            };
            if (support.Profile is { } profile)
            {
                resource.SupportedProfile = [profile];
            }

            resource.Interaction.Add(new CapabilityStatement.ResourceInteractionComponent { Code = CapabilityStatement.TypeRestfulInteraction.Read });
            if (support.History)
            {
                resource.Interaction.Add(new CapabilityStatement.ResourceInteractionComponent { Code = CapabilityStatement.TypeRestfulInteraction.Vread });
                resource.Interaction.Add(new CapabilityStatement.ResourceInteractionComponent { Code = CapabilityStatement.TypeRestfulInteraction.HistoryInstance });
            }

            if (support.Search)
            {
                resource.Interaction.Add(new CapabilityStatement.ResourceInteractionComponent { Code = CapabilityStatement.TypeRestfulInteraction.SearchType });
            }

            foreach (var write in support.Writes ?? [])
            {
                resource.Interaction.Add(new CapabilityStatement.ResourceInteractionComponent
                {
                    Code = write switch
                    {
                        "create" => CapabilityStatement.TypeRestfulInteraction.Create,
                        "update" => CapabilityStatement.TypeRestfulInteraction.Update,
                        "patch" => CapabilityStatement.TypeRestfulInteraction.Patch,
                        "delete" => CapabilityStatement.TypeRestfulInteraction.Delete,
                        _ => throw new InvalidOperationException($"'{write}' is no write this statement knows."),
                    },
                });
            }

            if (support.Documentation is { } documentation)
            {
                resource.Documentation = new Markdown(documentation);
            }

            foreach (var parameter in support.Parameters)
            {
                resource.SearchParam.Add(new CapabilityStatement.SearchParamComponent
                {
                    Name = parameter.Name,
                    Type = Enum.Parse<SearchParamType>(parameter.Type, ignoreCase: true),
                    Documentation = new Markdown(parameter.Documentation),
                });
            }

            rest.Resource.Add(resource);
        }

        foreach (var interaction in FhirSearchSupport.SystemInteractions)
        {
            rest.Interaction.Add(new CapabilityStatement.SystemInteractionComponent
            {
                Code = interaction == "transaction" ? CapabilityStatement.SystemRestfulInteraction.Transaction : throw new InvalidOperationException(interaction),
            });
        }

        return new CapabilityStatement
        {
            Url = baseUrl.TrimEnd('/') + "/metadata",
            Name = "LinkworkFhirServer",
            Title = "Linkwork FHIR R4 server",
            Status = PublicationStatus.Active,
            Experimental = false,
            DateElement = new FhirDateTime(published.ToUniversalTime()),
            Publisher = "Linkwork",
            Kind = CapabilityStatementKind.Instance,
            Software = new CapabilityStatement.SoftwareComponent { Name = "Linkwork", Version = softwareVersion },
            Implementation = new CapabilityStatement.ImplementationComponent { Description = "Linkwork", Url = baseUrl.TrimEnd('/') },
            FhirVersion = FHIRVersion.N4_0_1,
            Format = ["application/fhir+json", "json"],
            Rest = [rest],
        };
    }
}
