# La publication des récits d'un cycle, en français.

publication-title = { $cycle } : les récits des participants
publication-subtitle = { $count ->
    [one] Un récit
   *[other] { $count } récits
} des échanges entre les membres du réseau
publication-by = Publié par { $network }, le { $date }
contents = Sommaire
chapter-exchange = { $hub } ({ $hub_place }) et { $host } ({ $host_place })
chapter-single = { $hub } ({ $hub_place })
chapter-dates = Du { $start } au { $end }
story-by = Par { $author }
