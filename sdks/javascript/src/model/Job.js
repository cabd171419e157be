// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
import ImageJob from './ImageJob.js';
import JobFailure from './JobFailure.js';
import JobStatus from './JobStatus.js';
import VideoJob from './VideoJob.js';
import VideoJobRequest from './VideoJobRequest.js';

/**
 * The Job model module.
 * @module model/Job
 * @version 1.0.0
 */
class Job {
    /**
     * Constructs a new <code>Job</code>.
     * A generation job, an image job or a video job by &#x60;type&#x60;.
     * @alias module:model/Job
     * @param {(module:model/ImageJob|module:model/VideoJob)} instance The actual instance to initialize Job.
     */
    constructor(instance = null) {
        if (instance === null) {
            this.actualInstance = null;
            return;
        }
        var match = 0;
        var errorMessages = [];
        // if discriminator exists, use it.
        if (instance && typeof instance === 'object' && instance['type'] !== undefined) {
            var discriminatorValue = instance['type'];
            switch (discriminatorValue) {
                case 'image':
                    try {
                        ImageJob.validateJSON(instance);
                        this.actualInstance = ImageJob.constructFromObject(instance);
                        return;
                    } catch(err) {
                        throw new Error("Failed to construct ImageJob using discriminator value 'image': " + err);
                    }
                case 'video':
                    try {
                        VideoJob.validateJSON(instance);
                        this.actualInstance = VideoJob.constructFromObject(instance);
                        return;
                    } catch(err) {
                        throw new Error("Failed to construct VideoJob using discriminator value 'video': " + err);
                    }
                default:
                    throw new Error("Unrecognized discriminator value '" + discriminatorValue + "' constructing `Job`. Expected one of: image, video.");
            }
        }
        // else try to construct using oneOf

        try {
            if (instance instanceof ImageJob) {
                this.actualInstance = instance;
            } else {
                // plain JS object
                // validate the object
                ImageJob.validateJSON(instance); // throw an exception if no match
                // create ImageJob from JS object
                this.actualInstance = ImageJob.constructFromObject(instance);
            }
            match++;
        } catch(err) {
            // json data failed to deserialize into ImageJob
            errorMessages.push("Failed to construct ImageJob: " + err)
        }

        try {
            if (instance instanceof VideoJob) {
                this.actualInstance = instance;
            } else {
                // plain JS object
                // validate the object
                VideoJob.validateJSON(instance); // throw an exception if no match
                // create VideoJob from JS object
                this.actualInstance = VideoJob.constructFromObject(instance);
            }
            match++;
        } catch(err) {
            // json data failed to deserialize into VideoJob
            errorMessages.push("Failed to construct VideoJob: " + err)
        }

        if (match > 1) {
            throw new Error("Multiple matches found constructing `Job` with oneOf schemas ImageJob, VideoJob. Input: " + JSON.stringify(instance));
        } else if (match === 0) {
            this.actualInstance = null; // clear the actual instance in case there are multiple matches
            throw new Error("No match found constructing `Job` with oneOf schemas ImageJob, VideoJob. Details: " +
                            errorMessages.join(", "));
        } else { // only 1 match
            // the input is valid
        }
    }

    /**
     * Constructs a <code>Job</code> from a plain JavaScript object, optionally creating a new instance.
     * Copies all relevant properties from <code>data</code> to <code>obj</code> if supplied or a new instance if not.
     * @param {Object} data The plain JavaScript object bearing properties of interest.
     * @param {module:model/Job} obj Optional instance to populate.
     * @return {module:model/Job} The populated <code>Job</code> instance.
     */
    static constructFromObject(data, obj) {
        return new Job(data);
    }

    /**
     * Gets the actual instance, which can be <code>ImageJob</code>, <code>VideoJob</code>.
     * @return {(module:model/ImageJob|module:model/VideoJob)} The actual instance.
     */
    getActualInstance() {
        return this.actualInstance;
    }

    /**
     * Sets the actual instance, which can be <code>ImageJob</code>, <code>VideoJob</code>.
     * @param {(module:model/ImageJob|module:model/VideoJob)} obj The actual instance.
     */
    setActualInstance(obj) {
       this.actualInstance = Job.constructFromObject(obj).getActualInstance();
    }

    /**
     * Returns the JSON representation of the actual instance.
     * @return {string}
     */
    toJSON = function(){
        return this.getActualInstance();
    }

    /**
     * Create an instance of Job from a JSON string.
     * @param {string} json_string JSON string.
     * @return {module:model/Job} An instance of Job.
     */
    static fromJSON = function(json_string){
        return Job.constructFromObject(JSON.parse(json_string));
    }
}

/**
 * A generation job ID.
 * @member {String} id
 */
Job.prototype['id'] = undefined;

/**
 * Always `image`.
 * @member {module:model/Job.TypeEnum} type
 */
Job.prototype['type'] = undefined;

/**
 * @member {module:model/JobStatus} status
 */
Job.prototype['status'] = undefined;

/**
 * Percent complete.
 * @member {Number} progress
 */
Job.prototype['progress'] = undefined;

/**
 * An RFC 3339 date-time in UTC.
 * @member {Date} createdAt
 */
Job.prototype['createdAt'] = undefined;

/**
 * An RFC 3339 date-time in UTC.
 * @member {Date} updatedAt
 */
Job.prototype['updatedAt'] = undefined;

/**
 * When the job reached a terminal status; `null` before.
 * @member {Date} completedAt
 */
Job.prototype['completedAt'] = undefined;

/**
 * @member {module:model/JobFailure} error
 */
Job.prototype['error'] = undefined;

/**
 * The generated video, once the job succeeded.
 * @member {Array.<String>} outputAssetIds
 */
Job.prototype['outputAssetIds'] = undefined;

/**
 * @member {module:model/VideoJobRequest} params
 */
Job.prototype['params'] = undefined;


Job.OneOf = ["ImageJob", "VideoJob"];

export default Job;

