import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentMember, SignedIn, type Viewer } from '@forum/identity';
import { ShareDocumentInput } from './dto/share-document.inputs.js';
import { ExperienceReportModel } from './dto/report.model.js';
import { IctStrategyModel } from './dto/strategy.model.js';
import { ShareDocumentsService } from './share-documents.service.js';

/** Adding a document version to a strategy or report (their versions are read as documentVersions). */
@Resolver()
export class ShareDocumentsResolver {
  constructor(private readonly documents: ShareDocumentsService) {}

  @SignedIn()
  @Mutation(() => IctStrategyModel, {
    description:
      "Adds an upload as the newest version of a strategy's document (members of its office); earlier versions stay.",
  })
  addIctStrategyDocument(
    @Args('input', { description: 'The strategy and the upload.' }) input: ShareDocumentInput,
    @CurrentMember() viewer: NonNullable<Viewer>,
  ) {
    return this.documents.addToStrategy(viewer, input);
  }

  @SignedIn()
  @Mutation(() => ExperienceReportModel, {
    description:
      "Adds an upload as the newest version of a report's document (members of its office); earlier versions stay.",
  })
  addExperienceReportDocument(
    @Args('input', { description: 'The report and the upload.' }) input: ShareDocumentInput,
    @CurrentMember() viewer: NonNullable<Viewer>,
  ) {
    return this.documents.addToReport(viewer, input);
  }
}
