/// Job board API responses written for the tests, shaped as each vendor documents its
/// response (every key the documentation shows, in its types), with HTML of the kinds
/// boards hold: headings, lists, bold paragraphs as headings, links, a script, entities,
/// no-break spaces and a `javascript:` link.
enum JobBoardFixtures {
    /// `GET https://boards-api.greenhouse.io/v1/boards/northwind/jobs?content=true`: offices
    /// that place a name Openings cannot read, two departments, two pay zones, an hourly range,
    /// no `first_published`.
    static let greenhouse = #"""
        {
          "jobs": [
            {
              "absolute_url": "https://job-boards.greenhouse.io/northwind/jobs/4012345",
              "data_compliance": [
                {
                  "type": "gdpr",
                  "requires_consent": false,
                  "requires_processing_consent": false,
                  "requires_retention_consent": false,
                  "retention_period": null
                }
              ],
              "internal_job_id": 3011122,
              "location": {
                "name": "New York, NY; San Francisco, CA"
              },
              "metadata": [
                {
                  "id": 55012,
                  "name": "Employment Type",
                  "value": "Full-time",
                  "value_type": "single_select"
                },
                {
                  "id": 55013,
                  "name": "Visa Sponsorship",
                  "value": "Available for this role",
                  "value_type": "single_select"
                },
                {
                  "id": 55014,
                  "name": "Travel",
                  "value": null,
                  "value_type": "short_text"
                }
              ],
              "id": 4012345,
              "updated_at": "2026-11-02T16:40:03-04:00",
              "requisition_id": "ENG-214",
              "title": "Senior Backend Engineer",
              "company_name": "Northwind Health",
              "first_published": "2026-10-05T09:12:44-04:00",
              "language": "en",
              "content": "&lt;p&gt;&lt;strong&gt;About Northwind&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;Northwind builds the scheduling software that 4,000&amp;nbsp;clinics use every day. Our R&amp;amp;D team ships weekly &amp;mdash; and we&amp;rsquo;re growing.&lt;/p&gt;&lt;h2&gt;What you&amp;#39;ll do&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;Design and run the services behind &lt;em&gt;appointment booking&lt;/em&gt; and reminders&lt;/li&gt;&lt;li&gt;Own reliability: on-call one week in six, with &lt;a href=&quot;https://northwind.example/handbook/on-call&quot;&gt;our on-call handbook&lt;/a&gt;&lt;/li&gt;&lt;li&gt;Mentor engineers &amp;amp; review designs&lt;/li&gt;&lt;/ul&gt;&lt;h2&gt;What you bring&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;6+ years building backend systems in Go, Java or Swift&lt;/li&gt;&lt;li&gt;Experience with PostgreSQL at scale (&amp;gt;10k writes/s)&lt;/li&gt;&lt;/ul&gt;&lt;script&gt;window.dataLayer.push({event: &quot;job_view&quot;})&lt;/script&gt;&lt;p&gt;Questions? &lt;a href=&quot;javascript:openChat()&quot;&gt;Chat with a recruiter&lt;/a&gt; or write to &lt;a href=&quot;mailto:jobs@northwind.example&quot;&gt;jobs@northwind.example&lt;/a&gt;.&lt;/p&gt;",
              "departments": [
                {
                  "id": 87001,
                  "name": "Engineering",
                  "child_ids": [
                    87002
                  ],
                  "parent_id": null
                }
              ],
              "offices": [
                {
                  "id": 41001,
                  "name": "New York",
                  "location": "New York, NY, United States",
                  "child_ids": [],
                  "parent_id": 41000
                },
                {
                  "id": 41002,
                  "name": "San Francisco",
                  "location": "San Francisco, CA, United States",
                  "child_ids": [],
                  "parent_id": 41000
                }
              ],
              "pay_input_ranges": [
                {
                  "min_cents": 16500000,
                  "max_cents": 21000000,
                  "currency_type": "USD",
                  "title": "New York and San Francisco",
                  "blurb": "<p>The base salary for this role in New York and San Francisco; equity and benefits come on top.</p>"
                },
                {
                  "min_cents": 14800000,
                  "max_cents": 18900000,
                  "currency_type": "USD",
                  "title": "Other US locations",
                  "blurb": ""
                }
              ]
            },
            {
              "absolute_url": "https://job-boards.greenhouse.io/northwind/jobs/4012346",
              "internal_job_id": 3011130,
              "location": {
                "name": "London"
              },
              "metadata": null,
              "id": 4012346,
              "updated_at": "2026-10-28T11:03:19+00:00",
              "requisition_id": null,
              "title": "Product Designer",
              "content": "&lt;div&gt;&lt;h3&gt;The role&lt;/h3&gt;&lt;p&gt;You&amp;#39;ll shape how clinicians across the UK plan their day.&amp;nbsp;You will work with product and engineering in our London office three days a week.&lt;/p&gt;&lt;h3&gt;You might be a fit if&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;You have a portfolio of shipped product work&lt;/li&gt;&lt;li&gt;You can explain a design decision in one sentence&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;b&gt;Note:&lt;/b&gt; we review portfolios in the order they arrive.&lt;/p&gt;&lt;style&gt;.gh-apply{display:none}&lt;/style&gt;&lt;/div&gt;",
              "departments": [
                {
                  "id": 87010,
                  "name": "Design",
                  "child_ids": [],
                  "parent_id": null
                },
                {
                  "id": 87011,
                  "name": "Product",
                  "child_ids": [],
                  "parent_id": null
                }
              ],
              "offices": [
                {
                  "id": 41010,
                  "name": "London",
                  "location": "London, United Kingdom",
                  "child_ids": [],
                  "parent_id": null
                }
              ]
            },
            {
              "absolute_url": "https://job-boards.greenhouse.io/northwind/jobs/4012347",
              "internal_job_id": 3011141,
              "location": {
                "name": "Remote - US"
              },
              "metadata": [],
              "id": 4012347,
              "updated_at": "2026-11-20T08:00:00-05:00",
              "requisition_id": "CS-031",
              "title": "Customer Support Specialist",
              "first_published": "2026-11-18T10:30:00-05:00",
              "language": "en",
              "content": "&lt;p&gt;Help clinics get unstuck, by chat and phone, 9&amp;ndash;5 in your time zone.&lt;/p&gt;&lt;p&gt;&lt;strong&gt;Benefits&lt;/strong&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Medical, dental &amp;amp; vision from day one&lt;/li&gt;&lt;li&gt;A $1,000 home-office budget&lt;/li&gt;&lt;/ul&gt;",
              "departments": [
                {
                  "id": 87020,
                  "name": "Customer Support",
                  "child_ids": [],
                  "parent_id": null
                }
              ],
              "offices": [
                {
                  "id": 41020,
                  "name": "Remote",
                  "location": null,
                  "child_ids": [],
                  "parent_id": null
                }
              ],
              "pay_input_ranges": [
                {
                  "min_cents": 2400,
                  "max_cents": 3100,
                  "currency_type": "USD",
                  "title": "Hourly pay",
                  "blurb": null
                }
              ]
            }
          ],
          "meta": {
            "total": 3
          }
        }
        """#

    /// `GET
    /// https://boards-api.greenhouse.io/v1/boards/northwind/jobs/4012399?questions=true&pay_transparency=true`:
    /// one job object.
    static let greenhouseJob = #"""
        {
          "absolute_url": "https://job-boards.greenhouse.io/northwind/jobs/4012399",
          "internal_job_id": 3011199,
          "location": {
            "name": "Denver, CO"
          },
          "metadata": null,
          "id": 4012399,
          "updated_at": "2026-11-10T09:00:00-07:00",
          "requisition_id": "FIN-7",
          "title": "Payroll Specialist",
          "first_published": "2026-11-09T09:00:00-07:00",
          "content": "&lt;p&gt;Run payroll for 600 people in 14 states.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Three years of multi-state payroll&lt;/li&gt;&lt;/ul&gt;",
          "departments": [
            {
              "id": 87030,
              "name": "Finance",
              "child_ids": [],
              "parent_id": null
            }
          ],
          "offices": [
            {
              "id": 41030,
              "name": "Denver",
              "location": "Denver, CO, United States",
              "child_ids": [],
              "parent_id": null
            }
          ],
          "pay_input_ranges": [
            {
              "min_cents": 7200000,
              "max_cents": 8800000,
              "currency_type": "USD",
              "title": "Colorado",
              "blurb": "<p>Colorado pay range</p>"
            }
          ],
          "questions": [
            {
              "required": true,
              "label": "First Name",
              "fields": [
                {
                  "name": "first_name",
                  "type": "input_text",
                  "values": []
                }
              ]
            }
          ]
        }
        """#

    /// `GET https://api.lever.co/v0/postings/northwind?mode=json`: two cities, a remote posting
    /// with a `javascript:` apply link, a lone city completed by `country`, an hourly wage.
    static let lever = #"""
        [
          {
            "additional": "<div><b>Northwind is an equal opportunity employer.</b> We&nbsp;welcome applicants of every background.</div>",
            "additionalPlain": "Northwind is an equal opportunity employer. We welcome applicants of every background.",
            "categories": {
              "commitment": "Full-time",
              "department": "Engineering",
              "level": "Staff",
              "location": "Toronto, ON",
              "team": "Data Platform",
              "allLocations": [
                "Toronto, ON",
                "Vancouver, BC"
              ]
            },
            "createdAt": 1791815527000,
            "descriptionPlain": "Our data platform moves 2 TB a day.\nYou will lead its next version.",
            "description": "<div><b>Our data platform moves 2&nbsp;TB a day.</b></div><div>You will lead its next version, from the ingestion pipeline to the warehouse &amp; the tools analysts use.</div><div><br></div>",
            "id": "5f8e3b1c-2a4d-4e6f-9b0a-1c2d3e4f5a6b",
            "lists": [
              {
                "text": "What you'll do",
                "content": "<li>Design the next ingestion pipeline</li><li>Set standards for data quality &amp; lineage</li>"
              },
              {
                "text": "What we're looking for",
                "content": "<li>8+ years in data engineering</li><li>Deep knowledge of <b>Kafka</b> or a similar log</li><li>Comfort with ambiguity</li>"
              }
            ],
            "text": "Staff Data Engineer",
            "country": "CA",
            "workplaceType": "hybrid",
            "opening": "<div><b>Our data platform moves 2&nbsp;TB a day.</b></div>",
            "openingPlain": "Our data platform moves 2 TB a day.",
            "descriptionBody": "<div>You will lead its next version, from the ingestion pipeline to the warehouse &amp; the tools analysts use.</div><div><br></div>",
            "descriptionBodyPlain": "You will lead its next version.",
            "hostedUrl": "https://jobs.lever.co/northwind/5f8e3b1c-2a4d-4e6f-9b0a-1c2d3e4f5a6b",
            "applyUrl": "https://jobs.lever.co/northwind/5f8e3b1c-2a4d-4e6f-9b0a-1c2d3e4f5a6b/apply",
            "salaryDescription": "<div>Plus equity and an annual bonus.</div>",
            "salaryDescriptionPlain": "Plus equity and an annual bonus.",
            "salaryRange": {
              "max": 225000,
              "min": 185000,
              "currency": "CAD",
              "interval": "per-year-salary"
            }
          },
          {
            "additional": "",
            "additionalPlain": "",
            "categories": {
              "commitment": "Full-time",
              "location": "Remote - US",
              "team": "Sales",
              "allLocations": [
                "Remote - US"
              ]
            },
            "createdAt": 1793725541000,
            "descriptionPlain": "Sell Northwind to clinics with 20 to 200 staff.",
            "description": "<div><h3>About the role</h3></div><div>Sell Northwind to clinics with 20&ndash;200 staff. <a href=\"javascript:void(0)\" onclick=\"track()\">See our customers</a></div><script>alert('x')</script>",
            "id": "a1b2c3d4-0000-4a5b-8c9d-e0f1a2b3c4d5",
            "lists": [
              {
                "text": "Requirements:",
                "content": "<li>3+ years closing mid-market deals</li><li>A quota you beat, twice</li>"
              }
            ],
            "text": "Account Executive, Mid-Market",
            "country": "US",
            "workplaceType": "remote",
            "hostedUrl": "https://jobs.lever.co/northwind/a1b2c3d4-0000-4a5b-8c9d-e0f1a2b3c4d5",
            "applyUrl": "javascript:alert(document.cookie)"
          },
          {
            "additional": "<div>Shifts are Monday to Friday, 6&nbsp;am to 2:30&nbsp;pm.</div>",
            "additionalPlain": "Shifts are Monday to Friday.",
            "categories": {
              "commitment": "Seasonal",
              "location": "Reno",
              "team": "Operations",
              "allLocations": [
                "Reno"
              ]
            },
            "createdAt": 1790629800000,
            "description": "<div>Pick, pack and ship clinic supplies for the winter season.</div>",
            "descriptionPlain": "Pick, pack and ship clinic supplies for the winter season.",
            "id": "0c9d8e7f-6a5b-4c3d-2e1f-0a9b8c7d6e5f",
            "lists": [],
            "text": "Warehouse Associate (Seasonal)",
            "country": "US",
            "workplaceType": "on-site",
            "hostedUrl": "https://jobs.lever.co/northwind/0c9d8e7f-6a5b-4c3d-2e1f-0a9b8c7d6e5f",
            "applyUrl": "https://jobs.lever.co/northwind/0c9d8e7f-6a5b-4c3d-2e1f-0a9b8c7d6e5f/apply",
            "salaryRange": {
              "max": 23,
              "min": 19,
              "currency": "USD",
              "interval": "per-hour-wage"
            }
          }
        ]
        """#

    /// `GET https://api.ashbyhq.com/posting-api/job-board/northwind?includeCompensation=true`:
    /// postal addresses, a remote country (of a remote job, and of a hybrid job's location
    /// that says remote), two pay tiers with commission, a monthly stipend, an unlisted job.
    static let ashby = #"""
        {
          "apiVersion": "1",
          "jobs": [
            {
              "id": "7d3c2b1a-9e8f-4a6b-b5c4-d3e2f1a0b9c8",
              "title": "Senior iOS Engineer",
              "location": "Berlin",
              "secondaryLocations": [
                {
                  "location": "Amsterdam",
                  "address": {
                    "addressLocality": "Amsterdam",
                    "addressRegion": "North Holland",
                    "addressCountry": "Netherlands"
                  }
                },
                {
                  "location": "Remote (Germany)",
                  "address": {
                    "postalAddress": {
                      "addressCountry": "Germany"
                    }
                  }
                }
              ],
              "department": "Engineering",
              "team": "Mobile",
              "isListed": true,
              "isRemote": false,
              "workplaceType": "Hybrid",
              "descriptionHtml": "<h1>Senior iOS Engineer</h1><p>Our app is how <strong>2&nbsp;million</strong> patients book care.</p><h2>You will</h2><ul><li>Ship SwiftUI features <i>end to end</i></li><li>Keep crash-free sessions above 99.9%</li></ul><p>Read about <a href=\"https://northwind.example/blog/ios\">how we build</a>.</p>",
              "descriptionPlain": "Our app is how 2 million patients book care.",
              "publishedAt": "2026-10-20T08:15:30.512+00:00",
              "employmentType": "FullTime",
              "address": {
                "postalAddress": {
                  "addressLocality": "Berlin",
                  "addressRegion": "Berlin",
                  "addressCountry": "Germany"
                }
              },
              "jobUrl": "https://jobs.ashbyhq.com/northwind/7d3c2b1a-9e8f-4a6b-b5c4-d3e2f1a0b9c8",
              "applyUrl": "https://jobs.ashbyhq.com/northwind/7d3c2b1a-9e8f-4a6b-b5c4-d3e2f1a0b9c8/application",
              "shouldDisplayCompensationOnJobPostings": true,
              "compensation": {
                "compensationTierSummary": "€85K – €105K • 0.05% – 0.1%",
                "scrapeableCompensationSalarySummary": "€85K - €105K",
                "compensationTiers": [
                  {
                    "id": "c1",
                    "tierSummary": "€85K – €105K • 0.05% – 0.1%",
                    "title": "Germany and the Netherlands",
                    "additionalInformation": null,
                    "components": [
                      {
                        "id": "c1a",
                        "summary": "€85K – €105K",
                        "compensationType": "Salary",
                        "interval": "1 YEAR",
                        "currencyCode": "EUR",
                        "minValue": 85000,
                        "maxValue": 105000
                      },
                      {
                        "id": "c1b",
                        "summary": "0.05% – 0.1%",
                        "compensationType": "EquityPercentage",
                        "interval": "NONE",
                        "currencyCode": null,
                        "minValue": 0.05,
                        "maxValue": 0.1
                      }
                    ]
                  }
                ],
                "summaryComponents": [
                  {
                    "compensationType": "EquityPercentage",
                    "interval": "NONE",
                    "currencyCode": null,
                    "minValue": 0.05,
                    "maxValue": 0.1
                  },
                  {
                    "compensationType": "Salary",
                    "interval": "1 YEAR",
                    "currencyCode": "EUR",
                    "minValue": 85000,
                    "maxValue": 105000
                  }
                ]
              }
            },
            {
              "id": "2b4d6f8a-1c3e-4a5b-9d7f-0e2c4a6b8d0f",
              "title": "Solutions Engineer",
              "location": "United States",
              "secondaryLocations": [],
              "department": "Sales",
              "team": "Sales",
              "isListed": true,
              "isRemote": true,
              "workplaceType": "Remote",
              "descriptionHtml": "<p><strong>What you&rsquo;ll do</strong></p><ul><li>Run technical demos for clinic IT teams</li><li>Scope integrations with EHR systems</li></ul><p><strong>Compensation</strong></p><p>Base salary plus commission; see the range below.</p><iframe src=\"https://video.example/embed/123\"></iframe>",
              "descriptionPlain": "Run technical demos.",
              "publishedAt": "2026-11-12T15:00:00.000+00:00",
              "employmentType": "FullTime",
              "address": {
                "postalAddress": {
                  "addressCountry": "USA"
                }
              },
              "jobUrl": "https://jobs.ashbyhq.com/northwind/2b4d6f8a-1c3e-4a5b-9d7f-0e2c4a6b8d0f",
              "applyUrl": "https://jobs.ashbyhq.com/northwind/2b4d6f8a-1c3e-4a5b-9d7f-0e2c4a6b8d0f/application",
              "compensation": {
                "compensationTierSummary": "$140K – $175K • Offers Commission",
                "scrapeableCompensationSalarySummary": "$140K - $175K",
                "compensationTiers": [
                  {
                    "id": "t1",
                    "tierSummary": "$155K – $175K",
                    "title": "Zone A",
                    "additionalInformation": "San Francisco, New York, Seattle",
                    "components": [
                      {
                        "id": "t1a",
                        "summary": "$155K – $175K",
                        "compensationType": "Salary",
                        "interval": "1 YEAR",
                        "currencyCode": "USD",
                        "minValue": 155000,
                        "maxValue": 175000
                      }
                    ]
                  },
                  {
                    "id": "t2",
                    "tierSummary": "$140K – $158K",
                    "title": "Zone B",
                    "additionalInformation": null,
                    "components": [
                      {
                        "id": "t2a",
                        "summary": "$140K – $158K",
                        "compensationType": "Salary",
                        "interval": "1 YEAR",
                        "currencyCode": "USD",
                        "minValue": 140000,
                        "maxValue": 158000
                      }
                    ]
                  }
                ],
                "summaryComponents": [
                  {
                    "compensationType": "Commission",
                    "interval": "1 YEAR",
                    "currencyCode": "USD",
                    "minValue": 30000,
                    "maxValue": 45000
                  },
                  {
                    "compensationType": "Salary",
                    "interval": "1 YEAR",
                    "currencyCode": "USD",
                    "minValue": 140000,
                    "maxValue": 175000
                  }
                ]
              }
            },
            {
              "id": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
              "title": "Clinical Research Intern",
              "location": "Paris, France",
              "secondaryLocations": [],
              "department": "Research",
              "team": null,
              "isListed": true,
              "isRemote": false,
              "workplaceType": "OnSite",
              "descriptionHtml": "<p>Six months with our clinical team in Paris, starting in March.</p>",
              "descriptionPlain": "Six months.",
              "publishedAt": "2026-11-01T09:00:00.000+01:00",
              "employmentType": "Intern",
              "jobUrl": "https://jobs.ashbyhq.com/northwind/9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
              "applyUrl": "https://jobs.ashbyhq.com/northwind/9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d/application",
              "compensation": {
                "compensationTierSummary": "€1.8K – €2.2K per month",
                "scrapeableCompensationSalarySummary": "€1.8K - €2.2K",
                "compensationTiers": [
                  {
                    "id": "p1",
                    "tierSummary": "€1.8K – €2.2K per month",
                    "title": "Paris",
                    "additionalInformation": null,
                    "components": [
                      {
                        "id": "p1a",
                        "summary": "€1.8K – €2.2K",
                        "compensationType": "Salary",
                        "interval": "1 MONTH",
                        "currencyCode": "EUR",
                        "minValue": 1800,
                        "maxValue": 2200
                      }
                    ]
                  }
                ],
                "summaryComponents": [
                  {
                    "compensationType": "Salary",
                    "interval": "1 MONTH",
                    "currencyCode": "EUR",
                    "minValue": 1800,
                    "maxValue": 2200
                  }
                ]
              }
            },
            {
              "id": "ffffffff-1111-4222-8333-444455556666",
              "title": "Internal Transfer: Clinic Ops Lead",
              "location": "Berlin",
              "department": "Operations",
              "isListed": false,
              "isRemote": false,
              "workplaceType": "OnSite",
              "descriptionHtml": "<p>Not on the board.</p>",
              "publishedAt": "2026-11-05T10:00:00.000+00:00",
              "employmentType": "FullTime",
              "jobUrl": "https://jobs.ashbyhq.com/northwind/ffffffff-1111-4222-8333-444455556666",
              "applyUrl": "https://jobs.ashbyhq.com/northwind/ffffffff-1111-4222-8333-444455556666/application"
            }
          ]
        }
        """#

}
