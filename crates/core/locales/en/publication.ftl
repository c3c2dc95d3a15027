# The publication of a cycle's stories, English.

publication-title = { $cycle }: the participants' stories
publication-subtitle = { $count ->
    [one] One story
   *[other] { $count } stories
} from the exchanges of the network's members
publication-by = Published by { $network }, { $date }
contents = Contents
chapter-exchange = { $hub } ({ $hub_place }) and { $host } ({ $host_place })
chapter-single = { $hub } ({ $hub_place })
chapter-dates = From { $start } to { $end }
story-by = By { $author }
